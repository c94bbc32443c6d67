package com.weighttracker.notifications;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A push service in the test JVM, playing the browser too: each subscription it hands out has its own
 * P-256 key pair and auth secret, and every message it receives is decrypted here, per RFC 8291
 * ({@code aes128gcm}, RFC 8188), with the subscription's private key, using the JDK's cryptography
 * only. An endpoint can be told to answer 410 Gone, as a push service does for an expired subscription.
 */
final class LocalPushService implements AutoCloseable {

    /** What arrived at one endpoint: the decrypted payload and the Authorization (VAPID) header. */
    record Received(String endpoint, String payload, String authorization) {
    }

    /** A browser's subscription: what it would send to the application. */
    record Subscription(String endpoint, String p256dh, String auth, KeyPair keys, byte[] authSecret) {
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final AtomicInteger IDS = new AtomicInteger();

    private final HttpServer server;
    private final ConcurrentHashMap<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    LocalPushService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/push/", exchange -> {
            requests.incrementAndGet();
            var path = exchange.getRequestURI().getPath();
            var subscription = subscriptions.get(path);
            var body = exchange.getRequestBody().readAllBytes();
            var status = answers.getOrDefault(path, 201);
            if (subscription != null && status == 201) {
                received.add(new Received(path, decrypt(subscription, body),
                        exchange.getRequestHeaders().getFirst("Authorization")));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    Subscription subscribe() {
        try {
            var generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            var keys = generator.generateKeyPair();
            var auth = new byte[16];
            new SecureRandom().nextBytes(auth);
            var path = "/push/" + IDS.incrementAndGet();
            var subscription = new Subscription("http://127.0.0.1:" + server.getAddress().getPort() + path,
                    B64.encodeToString(uncompressed((ECPublicKey) keys.getPublic())), B64.encodeToString(auth), keys,
                    auth);
            subscriptions.put(path, subscription);
            return subscription;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** From now on the endpoint answers 410 Gone. */
    void expire(Subscription subscription) {
        answers.put(java.net.URI.create(subscription.endpoint()).getPath(), 410);
    }

    List<Received> receivedAt(Subscription subscription) {
        var path = java.net.URI.create(subscription.endpoint()).getPath();
        return received.stream().filter(message -> message.endpoint().equals(path)).toList();
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** RFC 8291 section 3.4 and RFC 8188 section 2: one record, padded with a 0x02 delimiter. */
    private static String decrypt(Subscription subscription, byte[] body) {
        try {
            var buffer = ByteBuffer.wrap(body);
            var salt = new byte[16];
            buffer.get(salt);
            buffer.getInt(); // record size
            var serverKey = new byte[buffer.get() & 0xff];
            buffer.get(serverKey);
            var ciphertext = new byte[buffer.remaining()];
            buffer.get(ciphertext);

            var agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(subscription.keys().getPrivate());
            agreement.doPhase(publicKey(serverKey, (ECPublicKey) subscription.keys().getPublic()), true);
            var ecdhSecret = agreement.generateSecret();

            var ownKey = uncompressed((ECPublicKey) subscription.keys().getPublic());
            var keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), ownKey, serverKey);
            var ikm = expand(hmac(subscription.authSecret(), ecdhSecret), keyInfo, 32);
            var prk = hmac(salt, ikm);
            var cek = expand(prk, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
            var nonce = expand(prk, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);

            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            var padded = cipher.doFinal(ciphertext);
            var end = padded.length - 1;
            while (end >= 0 && padded[end] == 0) {
                end--;
            }
            if (end < 0 || padded[end] != 2) {
                throw new IllegalStateException("not the last record of an aes128gcm message");
            }
            return new String(padded, 0, end, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            return "UNDECRYPTABLE: " + e;
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(data);
    }

    /** HKDF-Expand for one block (every length used here is at most 32). */
    private static byte[] expand(byte[] prk, byte[] info, int length) throws GeneralSecurityException {
        return Arrays.copyOf(hmac(prk, concat(info, new byte[] { 1 })), length);
    }

    private static byte[] uncompressed(ECPublicKey key) {
        var out = new byte[65];
        out[0] = 4;
        copy32(key.getW().getAffineX(), out, 1);
        copy32(key.getW().getAffineY(), out, 33);
        return out;
    }

    private static void copy32(BigInteger value, byte[] out, int offset) {
        var bytes = value.toByteArray();
        var length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, out, offset + 32 - length, length);
    }

    private static ECPublicKey publicKey(byte[] uncompressed, ECPublicKey sameCurve) throws GeneralSecurityException {
        var x = new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33));
        var y = new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65));
        return (ECPublicKey) KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(new ECPoint(x, y), sameCurve.getParams()));
    }

    private static byte[] concat(byte[]... parts) {
        var length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        var out = new byte[length];
        var offset = 0;
        for (var part : parts) {
            System.arraycopy(part, 0, out, offset, part.length);
            offset += part.length;
        }
        return out;
    }
}
