package com.weighttracker.shared;

import static com.weighttracker.shared.ImageFormatTest.ascii;
import static com.weighttracker.shared.ImageFormatTest.bytes;
import static com.weighttracker.shared.ImageFormatTest.concat;

/** Hand-made WebP headers (the JDK cannot write WebP): RIFF, WEBP, then one of the three first chunks. */
final class TestImages {

    private TestImages() {
    }

    /** "VP8 ": frame tag, start code 9D 01 2A, 14-bit width and height (little-endian). */
    static byte[] webpLossy(int width, int height) {
        return webp("VP8 ", bytes(0x30, 0x01, 0x00, 0x9D, 0x01, 0x2A, width & 0xFF, width >> 8 & 0x3F,
                height & 0xFF, height >> 8 & 0x3F));
    }

    /** "VP8L": signature 2F, then width-1 and height-1 in 14 bits each. */
    static byte[] webpLossless(int width, int height) {
        var bits = (long) (width - 1) | (long) (height - 1) << 14;
        return webp("VP8L", bytes(0x2F, (int) (bits & 0xFF), (int) (bits >> 8 & 0xFF), (int) (bits >> 16 & 0xFF),
                (int) (bits >> 24 & 0xFF), 0, 0, 0, 0, 0));
    }

    /** "VP8X": flags and reserved (4), canvas width-1 and height-1 in 24 bits each. */
    static byte[] webpExtended(int width, int height) {
        var w = width - 1;
        var h = height - 1;
        return webp("VP8X", bytes(0, 0, 0, 0, w & 0xFF, w >> 8 & 0xFF, w >> 16 & 0xFF, h & 0xFF, h >> 8 & 0xFF,
                h >> 16 & 0xFF));
    }

    private static byte[] webp(String chunk, byte[] payload) {
        return concat(ascii("RIFF"), bytes(4 + 8 + payload.length, 0, 0, 0), ascii("WEBP"), ascii(chunk),
                bytes(payload.length, 0, 0, 0), payload);
    }
}
