package io.latentretouch.imaging.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.latentretouch.imaging.testing.RealWorld;

/**
 * When a photo was taken, as exiftool reads it from the same files: the real photos (one dated in xmp:CreateDate with
 * a zone, one in photoshop:DateCreated beside a different xmp:CreateDate, the rest undated) and copies into which
 * exiftool wrote EXIF dates as a camera does, in each container we read.
 */
class CaptureTimeTest {

    private static final LocalDateTime TAKEN = LocalDateTime.of(2024, 5, 17, 14, 3, 9);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"astronaut.png", "chelsea.png", "coffee.png", "messi5.jpg", "left06.jpg", "fruits.jpg", "baboon.jpg", "starry_night.jpg"})
    void theRealPhotosAreDatedAsExiftoolDatesThem(String name) throws Exception {
        Path photo = RealWorld.photo(name);
        assertEquals(exiftool(photo), ImageFiles.captured(photo).map(LocalDateTime::toString));
    }

    @Test
    void theRealPhotosWithDatesAreDatedAtTheirWallClockTime() throws Exception {
        assertEquals(Optional.of(LocalDateTime.of(2007, 2, 15, 13, 8, 22)), ImageFiles.captured(RealWorld.photo("starry_night.jpg")),
                "xmp:CreateDate 2007:02:15 13:08:22-05:00, as its clock showed it, from an APP1 segment whose XMP header an old writer mangled");
        assertEquals(Optional.of(LocalDateTime.of(2009, 2, 9, 9, 11, 30)), ImageFiles.captured(RealWorld.photo("chelsea.png")),
                "photoshop:DateCreated (the capture) before xmp:CreateDate (the file's making)");
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({"jpg,DateTimeOriginal", "png,DateTimeOriginal", "tif,DateTimeOriginal", "webp,DateTimeOriginal", "jpg,CreateDate",
        "tif,CreateDate"})
    void anExifDateWrittenByExiftoolIsRead(String extension, String tag) throws Exception {
        Path file = tagged(extension, "-EXIF:" + tag + "=2024:05:17 14:03:09", "-EXIF:ModifyDate=2025:01:01 00:00:00");
        assertEquals(Optional.of(TAKEN), ImageFiles.captured(file), "the capture, not the last change");
        assertEquals(exiftool(file), ImageFiles.captured(file).map(LocalDateTime::toString));
    }

    @Test
    void theExifDateComesBeforeTheXmpOne() throws Exception {
        Path file = tagged("jpg", "-EXIF:DateTimeOriginal=2024:05:17 14:03:09", "-XMP-exif:DateTimeOriginal=2020:01:01 10:00:00");
        assertEquals(Optional.of(TAKEN), ImageFiles.captured(file));
    }

    @ParameterizedTest(name = "XMP only, in {0}")
    @ValueSource(strings = {"jpg", "png", "tif", "webp"})
    void anXmpOnlyDateIsRead(String extension) throws Exception {
        Path file = tagged(extension, "-XMP-exif:DateTimeOriginal=2024:05:17 14:03:09+02:00");
        assertEquals(Optional.of(TAKEN), ImageFiles.captured(file));
    }

    @Test
    void aCameraWhoseClockWasNeverSetDatesNothing() throws Exception {
        Path file = tagged("jpg", "-EXIF:DateTimeOriginal#=    :  :     :  :  ");
        assertEquals(Optional.empty(), ImageFiles.captured(file));
        Path zeros = tagged("tif", "-EXIF:DateTimeOriginal#=0000:00:00 00:00:00");
        assertEquals(Optional.empty(), ImageFiles.captured(zeros));
    }

    @Test
    void aFileThatIsNoImageIsSaidSo() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.jpg"), "not a photo", StandardCharsets.US_ASCII);
        ImageIoException e = assertThrows(ImageIoException.class, () -> ImageFiles.captured(text));
        assertEquals(ImageIoException.Kind.UNSUPPORTED, e.kind());
    }

    /** A real photo, stripped, converted by ImageMagick and tagged by exiftool with these assignments. */
    private Path tagged(String extension, String... assignments) throws Exception {
        Path file = dir.resolve("shot-" + Math.abs(String.join("", assignments).hashCode()) + "." + extension);
        Corpus.run(List.of("convert", RealWorld.photo("coffee.png").toString(), "-resize", "160x", "-strip", file.toString()));
        List<String> command = new ArrayList<>(List.of("exiftool", "-q", "-overwrite_original", "-m"));
        command.addAll(List.of(assignments));
        command.add(file.toString());
        Corpus.run(command);
        return file;
    }

    /** The capture time exiftool reads, by the same precedence, as ISO text; empty when it reads none. */
    private static Optional<String> exiftool(Path file) throws Exception {
        Process p = new ProcessBuilder("exiftool", "-s3", "-d", "%Y-%m-%dT%H:%M:%S", "-EXIF:DateTimeOriginal", "-EXIF:CreateDate", "-XMP-exif:DateTimeOriginal",
                "-XMP-photoshop:DateCreated", "-XMP-xmp:CreateDate", file.toString()).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, p.waitFor());
        // the first date that parses; exiftool prints a blank or zero one as written
        return lines.stream().filter(l -> l.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}") && !l.startsWith("0000"))
                .map(l -> LocalDateTime.parse(l).toString()).findFirst();
    }
}
