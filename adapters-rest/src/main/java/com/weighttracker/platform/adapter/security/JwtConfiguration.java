package com.weighttracker.platform.adapter.security;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.weighttracker.platform.security.JwtProperties;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

/**
 * The key pair of our RS256 access tokens and the Nimbus encoder that signs them. Identity checks
 * them ({@code identity.adapter.security}: signature with this key, then its claim policy).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtProperties.class)
class JwtConfiguration {

    private static final Logger log = LoggerFactory.getLogger(JwtConfiguration.class);

    @Bean
    RSAKey accessTokenKey(JwtProperties properties) throws Exception {
        var keys = isBlank(properties.privateKey()) || isBlank(properties.publicKey()) ? generated() : configured(properties);
        return new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyIDFromThumbprint().build();
    }

    @Bean
    JwtEncoder jwtEncoder(RSAKey accessTokenKey) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(accessTokenKey)));
    }

    private static KeyPair generated() {
        log.warn("No JWT keys configured (WEIGHTTRACKER_JWT_PRIVATE_KEY/PUBLIC_KEY): using a key pair generated for "
                + "this run. Access tokens will not survive a restart. Configure keys in production.");
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static KeyPair configured(JwtProperties properties) {
        try {
            var factory = KeyFactory.getInstance("RSA");
            var publicKey = factory.generatePublic(new X509EncodedKeySpec(pem(properties.publicKey())));
            var privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(pem(properties.privateKey())));
            return new KeyPair(publicKey, privateKey);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException | IllegalArgumentException e) {
            throw new IllegalStateException("weighttracker.jwt keys must be an RSA key pair in PEM "
                    + "(PKCS#8 private key, X.509 public key)", e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static byte[] pem(String text) {
        return Base64.getMimeDecoder().decode(text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", ""));
    }
}
