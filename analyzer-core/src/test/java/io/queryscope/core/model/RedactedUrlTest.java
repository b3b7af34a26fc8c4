package io.queryscope.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactedUrlTest {

  @Test
  void removesPasswordParameters() {
    assertThat(RedactedUrl.of("jdbc:postgresql://db:5432/shop?user=app&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db:5432/shop?user=app&password=***&ssl=true")
        .doesNotContain("s3cret");
  }

  @Test
  void removesUserInfoPasswords() {
    assertThat(RedactedUrl.of("jdbc:mysql://app:hunter2@db:3306/shop"))
        .isEqualTo("jdbc:mysql://app:***@db:3306/shop");
  }

  @Test
  void leavesUrlsWithoutPasswordsAlone() {
    String url = "jdbc:mariadb://127.0.0.1:3306/test?useSSL=false";
    assertThat(RedactedUrl.of(url)).isEqualTo(url);
  }

  @Test
  void targetNeverKeepsThePassword() {
    Target t =
        new Target(
            DatabaseKind.POSTGRESQL, ServerVersion.UNKNOWN, "jdbc:postgresql://h/d?password=x1");
    assertThat(t.url()).doesNotContain("x1");
  }
}
