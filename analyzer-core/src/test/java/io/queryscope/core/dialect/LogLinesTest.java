package io.queryscope.core.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogLinesTest {

  @TempDir Path dir;

  @Test
  void linesAreNumberedAndALongOneIsCutToItsStartWithItsFullLength() throws IOException {
    // Longer than the reader's buffer, so the cut spans refills.
    String longLine = "y".repeat(200_000);
    Path file = dir.resolve("a.log");
    Files.writeString(file, "first\r\n" + longLine + "\n\nlast", StandardCharsets.UTF_8);

    try (LogLines lines = new LogLines(file, 10)) {
      assertThat(lines.next()).isEqualTo("first");
      assertThat(lines.lineNumber()).isEqualTo(1);
      assertThat(lines.wasCut()).isFalse();

      assertThat(lines.next()).isEqualTo("yyyyyyyyyy");
      assertThat(lines.wasCut()).isTrue();
      assertThat(lines.length()).isEqualTo(200_000);

      assertThat(lines.next()).isEmpty();
      assertThat(lines.next()).isEqualTo("last");
      assertThat(lines.lineNumber()).isEqualTo(4);
      assertThat(lines.wasCut()).isFalse();
      assertThat(lines.next()).isNull();
    }
  }

  @Test
  void textThatIsNotUtf8Fails() throws IOException {
    Path file = dir.resolve("b.log");
    Files.write(file, new byte[] {'o', 'k', '\n', (byte) 0xff, '\n'});
    try (LogLines lines = new LogLines(file, 100)) {
      assertThatThrownBy(
              () -> {
                while (lines.next() != null) {
                  // read on
                }
              })
          .isInstanceOf(CharacterCodingException.class);
    }
  }
}
