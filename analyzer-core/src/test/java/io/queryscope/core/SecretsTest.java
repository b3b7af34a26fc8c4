package io.queryscope.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretsTest {

  private static final String PW = "Zq9-SECRET-7";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:postgresql://h:5432/d?user=u&password=Zq9-SECRET-7&ssl=true"
            + "|jdbc:postgresql://h:5432/d?user=u&password=***&ssl=true",
        "jdbc:postgresql://h/d?PassWord=Zq9-SECRET-7|jdbc:postgresql://h/d?PassWord=***",
        "jdbc:postgresql://h/d?sslmode=verify-full&sslpassword=Zq9-SECRET-7&sslkey=/k.pk8"
            + "|jdbc:postgresql://h/d?sslmode=verify-full&sslpassword=***&sslkey=/k.pk8",
        "jdbc:mysql://h/d?pwd=Zq9-SECRET-7|jdbc:mysql://h/d?pwd=***",
        "jdbc:mysql://h/d?pass=Zq9-SECRET-7|jdbc:mysql://h/d?pass=***",
        "jdbc:mysql://h/d?trustCertificateKeyStorePassword=Zq9-SECRET-7&useSSL=true"
            + "|jdbc:mysql://h/d?trustCertificateKeyStorePassword=***&useSSL=true",
        "jdbc:mysql://h/d?password1=Zq9-SECRET-7|jdbc:mysql://h/d?password1=***",
        "jdbc:mysql://h:3306/d;user=root;password=Zq9-SECRET-7;x=1"
            + "|jdbc:mysql://h:3306/d;user=root;password=***;x=1",
        "jdbc:mysql://h/d?user=root;password=Zq9-SECRET-7|jdbc:mysql://h/d?user=root;password=***",
        "jdbc:mysql://app:Zq9-SECRET-7@h:3306/d|jdbc:mysql://app:***@h:3306/d",
        "jdbc:mysql://app:Zq9@SECRET-7@h1,h2/d|jdbc:mysql://app:***@h1,h2/d",
        "jdbc:postgresql://app:Zq9-SECRET-7@h1:5432,h2:5433/d?x=1"
            + "|jdbc:postgresql://app:***@h1:5432,h2:5433/d?x=1",
        "jdbc:mysql://address=(host=h)(port=3306)(password=Zq9-SECRET-7)/d"
            + "|jdbc:mysql://address=(host=h)(port=3306)(password=***)/d",
        "jdbc:mysql://(host=h,port=3306,password=Zq9-SECRET-7)/d"
            + "|jdbc:mysql://(host=h,port=3306,password=***)/d",
        "jdbc:mariadb://h/d?user=u&password=Zq9-SECRET-7|jdbc:mariadb://h/d?user=u&password=***",
        "jdbc:queryscope:postgresql://u:Zq9-SECRET-7@h/d?password=Zq9-SECRET-7"
            + "|jdbc:queryscope:postgresql://u:***@h/d?password=***",
        "jdbc:mysql://h/d?password='Zq9-SECRET-7'|jdbc:mysql://h/d?password=***",
      })
  void everyUrlFormLosesItsPassword(String url, String expected) {
    assertThat(Secrets.redactForms(url)).isEqualTo(expected).doesNotContain("SECRET");
    assertThat(Secrets.of(url).redact(url)).doesNotContain("SECRET");
  }

  @Test
  void urlsWithoutPasswordsStayAsTheyAre() {
    for (String url :
        new String[] {
          "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&sslmode=require",
          "jdbc:mysql://root@127.0.0.1:3306/test?useSSL=true&requireSSL=true",
          "jdbc:mariadb://127.0.0.1:3306/test?useSSL=false",
        }) {
      assertThat(Secrets.of(url).redact(url)).isEqualTo(url);
    }
  }

  @Test
  void aPasswordFoundInTheUrlIsRemovedWhereverADriverEchoesIt() {
    Secrets s = Secrets.of("jdbc:mysql://h/d?user=root&password=Zq9%2DSECRET%2D7");
    // The driver decodes the value and quotes it in a message of its own.
    String trace =
        "java.sql.SQLException: Access denied for user 'root' (using password: Zq9-SECRET-7)\n"
            + "\tat com.mysql.cj.jdbc.ConnectionImpl.<init>(ConnectionImpl.java:1)";
    assertThat(s.redact(trace)).doesNotContain("SECRET").contains("\tat com.mysql");
    assertThat(s.redact("?password=Zq9%2DSECRET%2D7")).isEqualTo("?password=***");
  }

  @Test
  void encodedKeysAreRecognisedToo() {
    Secrets s = Secrets.of("jdbc:postgresql://h/d?pass%77ord=" + PW);
    assertThat(s.redact("the value was " + PW + ".")).isEqualTo("the value was ***.");
  }

  @Test
  void aKnownPasswordIsReplacedInAnyText() {
    Secrets s = Secrets.NONE.with(PW);
    assertThat(s.redact("FATAL: role \"x\" said " + PW + " twice: " + PW))
        .isEqualTo("FATAL: role \"x\" said *** twice: ***");
  }

  @Test
  void aShortKnownPasswordIsReplacedOnlyAsAWord() {
    Secrets s = Secrets.NONE.with("ab");
    assertThat(s.redact("tables: abc, ab, (ab)")).isEqualTo("tables: abc, ***, (***)");
  }

  @Test
  void theLongerOfTwoOverlappingSecretsIsReplacedWhole() {
    Secrets s = Secrets.NONE.with("SECRET", "SECRET-and-more");
    assertThat(s.redact("x SECRET-and-more y")).isEqualTo("x *** y");
  }

  @Test
  void sqlAboutAPasswordColumnStaysReadable() {
    String sql = "update users set password = ? where pwd=? and (password=?) and id = 1";
    assertThat(Secrets.redactForms(sql)).isEqualTo(sql);
    assertThat(Secrets.redactForms("where (password='hunter22')"))
        .isEqualTo("where (password=***)");
  }

  @Test
  void nullAndEmptyPassThrough() {
    assertThat(Secrets.NONE.redact(null)).isNull();
    assertThat(Secrets.NONE.redact("")).isEmpty();
    assertThat(Secrets.of(null).with((String) null).redact("plain")).isEqualTo("plain");
  }
}
