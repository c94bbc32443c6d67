package com.weighttracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageFormatTest {

    @Test
    void recognisesJpegByFfD8Ff() {
        assertThat(ImageFormat.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0))).contains(ImageFormat.JPEG);
    }

    @Test
    void recognisesPngByItsEightByteSignature() {
        assertThat(ImageFormat.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A))).contains(ImageFormat.PNG);
    }

    @Test
    void recognisesWebpByRiffAndWebpAroundAnyLength() {
        assertThat(ImageFormat.detect(concat(ascii("RIFF"), bytes(0x12, 0x34, 0x56, 0x78), ascii("WEBP"))))
                .contains(ImageFormat.WEBP);
    }

    @Test
    void refusesGif() {
        assertThat(ImageFormat.detect(ascii("GIF89a\u0001\u0000\u0001\u0000"))).isEmpty();
    }

    @Test
    void refusesTextWhateverItIsCalled() {
        assertThat(ImageFormat.detect(ascii("This is not a JPEG, even if the file is called photo.jpg"))).isEmpty();
    }

    @Test
    void refusesOtherRiffFilesSuchAsWave() {
        assertThat(ImageFormat.detect(concat(ascii("RIFF"), bytes(0, 0, 0, 0), ascii("WAVEfmt ")))).isEmpty();
    }

    @Test
    void refusesAPngSignatureWithOneByteWrong() {
        assertThat(ImageFormat.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0B))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 2 })
    void refusesContentShorterThanAnyMagic(int length) {
        assertThat(ImageFormat.detect(Arrays.copyOf(bytes(0xFF, 0xD8, 0xFF), length))).isEmpty();
    }

    @Test
    void refusesAWebpMagicCutShort() {
        assertThat(ImageFormat.detect(concat(ascii("RIFF"), bytes(0, 0, 0, 0), ascii("WEB")))).isEmpty();
    }

    @Test
    void namesTheMediaTypeAndFindsAFormatByIt() {
        assertThat(ImageFormat.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(ImageFormat.PNG.mediaType()).isEqualTo("image/png");
        assertThat(ImageFormat.WEBP.mediaType()).isEqualTo("image/webp");
        assertThat(ImageFormat.ofMediaType("image/webp")).contains(ImageFormat.WEBP);
        assertThat(ImageFormat.ofMediaType("image/gif")).isEmpty();
    }

    static byte[] bytes(int... values) {
        var bytes = new byte[values.length];
        for (var i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
