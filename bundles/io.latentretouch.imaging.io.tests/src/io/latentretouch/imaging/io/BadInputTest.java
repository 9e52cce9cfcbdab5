package io.latentretouch.imaging.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.latentretouch.imaging.Mask;
import io.latentretouch.imaging.PlanarImage;
import io.latentretouch.imaging.io.ImageIoException.Kind;
import io.latentretouch.imaging.testing.ScratchMounts;

/** Broken and hostile files give one clear error naming the file; writes that fail lose nothing. */
class BadInputTest {

    @TempDir
    Path dir;

    private ImageIoException refused(Path file) {
        ImageIoException e = assertThrows(ImageIoException.class, () -> ImageFiles.read(file));
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), "names the file: " + e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"base.png", "lzw-predictor-16.tif", "cmyk.jpg", "psd.psd", "lossless.webp"})
    void truncatedFilesAreCorrupt(String name) throws Exception {
        Path whole = Fixtures.copy(name, dir);
        Path half = dir.resolve("half-" + name);
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(half, Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(Kind.CORRUPT, refused(half).kind());
    }

    @Test
    void zeroBytesTextAndWrongExtensions() throws Exception {
        Path empty = Files.write(dir.resolve("empty.jpg"), new byte[0]);
        assertTrue(refused(empty).getMessage().contains("the file is empty"));
        Path text = Files.writeString(dir.resolve("notes.jpg"), "shoot notes, not an image");
        ImageIoException e = refused(text);
        assertEquals(Kind.UNSUPPORTED, e.kind());
        assertTrue(e.getMessage().contains("contains text"), e.getMessage());
        Path png = Fixtures.copy("base.png", dir);
        Path misnamed = Files.copy(png, dir.resolve("really-a-png.jpg"));
        assertEquals("png", ImageFiles.read(misnamed).format(), "the content decides, not the name");
    }

    /** A document of one plane (a mask, say) is refused where it is made, saying why, instead of failing in the encoder. */
    @Test
    void aDocumentIsThreePlanesWithAnAlphaOfTheirSize() {
        IllegalArgumentException grey = assertThrows(IllegalArgumentException.class,
                () -> new ImageDocument(PlanarImage.create(8, 8, 1), null, 8, "png", null));
        assertTrue(grey.getMessage().contains("three planes, R, G and B, not 1"), grey.getMessage());
        IllegalArgumentException alpha = assertThrows(IllegalArgumentException.class,
                () -> new ImageDocument(PlanarImage.create(8, 8, 3), null, 8, "png", Mask.empty(4, 8)));
        assertTrue(alpha.getMessage().contains("4×8"), alpha.getMessage());
    }

    @Test
    void aPngDeclaringTenGigapixelsIsRefusedBeforeAnyAllocation() throws Exception {
        Path file = Files.write(dir.resolve("huge.png"), pngHeader(100_000, 100_000));
        ImageIoException e = refused(file);
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("100000×100000"), e.getMessage());
    }

    @Test
    void aTiffDeclaringTenGigapixelsIsRefusedToo() throws Exception {
        Path file = Files.write(dir.resolve("huge.tif"), tiffHeader(100_000, 100_000));
        assertEquals(Kind.TOO_LARGE, refused(file).kind());
    }

    @Test
    void aLimitCanBeLoweredForSmallMachines() throws Exception {
        Path png = Fixtures.copy("base.png", dir);
        ImageIoException e = assertThrows(ImageIoException.class, () -> ImageFiles.read(png, new ReadLimits(1000)));
        assertEquals(Kind.TOO_LARGE, e.kind());
    }

    @Test
    void folderAndMissingFile() throws Exception {
        assertEquals(Kind.UNREADABLE, refused(dir).kind());
        assertEquals(Kind.UNREADABLE, refused(dir.resolve("gone.jpg")).kind());
    }

    @Test
    void aVariantIsNeverWrittenOverAnExistingFile() throws Exception {
        Path original = Fixtures.copy("base.png", dir);
        byte[] before = Files.readAllBytes(original);
        ImageDocument doc = ImageFiles.read(original);
        ImageIoException e = assertThrows(ImageIoException.class, () -> ImageFiles.write(doc, original, WriteOptions.of(OutputFormat.PNG)));
        assertEquals(Kind.EXISTS, e.kind());
        assertArrayEquals(before, Files.readAllBytes(original));
    }

    @Test
    void twoWritersRacingForOneNameNeverBothWinAndTheWinnersBytesStay() throws Exception {
        for (int round = 0; round < 50; round++) {
            Path target = dir.resolve("race-" + round + ".bin");
            byte[][] bytes = {new byte[200_000], new byte[200_000]};
            Arrays.fill(bytes[0], (byte) 1);
            Arrays.fill(bytes[1], (byte) 2);
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Boolean>> wins = new ArrayList<>();
            for (byte[] b : bytes) {
                wins.add(pool.submit(() -> {
                    start.await();
                    try {
                        AtomicFiles.write(target, b, false);
                        return true;
                    } catch (ImageIoException e) {
                        assertEquals(Kind.EXISTS, e.kind(), e.getMessage());
                        return false;
                    }
                }));
            }
            pool.shutdown();
            boolean first = wins.get(0).get();
            boolean second = wins.get(1).get();
            assertTrue(first ^ second, "exactly one writer wins round " + round);
            assertArrayEquals(bytes[first ? 0 : 1], Files.readAllBytes(target), "the winner's bytes are the file");
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".part")).count(), "no temporary file left");
        }
    }

    @Test
    void writtenFilesGetTheFoldersDefaultPermissionsNotATempFilesPrivateOnes() throws Exception {
        Path file = dir.resolve("shared.png");
        ImageFiles.write(ImageFiles.read(Fixtures.copy("base.png", dir)), file, WriteOptions.of(OutputFormat.PNG));
        Path probe = Files.createFile(dir.resolve("probe"));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(file));
    }

    @Test
    void aFullDiskLeavesTheOriginalAndTheEarlierVariantUntouched() throws Exception {
        ImageDocument big = new ImageDocument(Fixtures.random16(400, 300, 9), null, 16, "png", null);
        try (ScratchMounts disk = ScratchMounts.tmpfs(dir, 600, d -> {
            Fixtures.copy("base.png", d);
            ImageFiles.write(new ImageDocument(Fixtures.random16(20, 20, 1), null, 16, "png", null), d.resolve("variant-1.png"),
                    WriteOptions.of(OutputFormat.PNG));
        }, false)) {
            Path original = disk.dir().resolve("base.png");
            byte[] originalBytes = Files.readAllBytes(original);
            byte[] variantBytes = Files.readAllBytes(disk.dir().resolve("variant-1.png"));
            ImageIoException e = assertThrows(ImageIoException.class,
                    () -> ImageFiles.write(big, disk.dir().resolve("variant-1.png"), WriteOptions.of(OutputFormat.PNG).replacing()));
            assertEquals(Kind.NO_SPACE, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
            assertArrayEquals(originalBytes, Files.readAllBytes(original));
            assertArrayEquals(variantBytes, Files.readAllBytes(disk.dir().resolve("variant-1.png")), "the earlier variant survives");
            try (Stream<Path> left = Files.list(disk.dir())) {
                assertEquals(List.of("base.png", "variant-1.png"), left.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
            }
        }
    }

    @Test
    void aReadOnlyFolderGivesAClearMessageAndLosesNothing() throws Exception {
        try (ScratchMounts ro = ScratchMounts.tmpfs(dir, 200, d -> Fixtures.copy("base.png", d), true)) {
            ImageDocument doc = ImageFiles.read(ro.dir().resolve("base.png"));
            ImageIoException e = assertThrows(ImageIoException.class,
                    () -> ImageFiles.write(doc, ro.dir().resolve("variant.png"), WriteOptions.of(OutputFormat.PNG)));
            assertEquals(Kind.NOT_WRITABLE, e.kind());
            assertTrue(e.getMessage().contains("cannot be written to (read-only or no permission)"), e.getMessage());
            assertFalse(Files.exists(ro.dir().resolve("variant.png")));
        }
    }

    /** A PNG signature and an IHDR chunk with a valid CRC, and nothing else. */
    static byte[] pngHeader(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] type = "IHDR".getBytes(StandardCharsets.US_ASCII);
        byte[] data = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes(type);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    /** A little-endian TIFF with one IFD declaring the size, 8-bit RGB, and no pixel data. */
    static byte[] tiffHeader(int w, int h) {
        ByteBuffer b = ByteBuffer.allocate(8 + 2 + 6 * 12 + 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) 6);
        entry(b, 256, 4, w);
        entry(b, 257, 4, h);
        entry(b, 258, 3, 8);
        entry(b, 262, 3, 2);
        entry(b, 273, 4, 1000);
        entry(b, 277, 3, 3);
        b.putInt(0);
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(1);
        if (type == 3) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt(value);
        }
    }
}
