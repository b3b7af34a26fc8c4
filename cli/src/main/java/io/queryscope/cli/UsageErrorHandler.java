package io.queryscope.cli;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.Secrets;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Unknown options and bad values: the problem and where to read more, in one line, instead of the
 * whole usage text (which hides the message on a small terminal).
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    // picocli quotes the arguments it could not place; one of them may be a URL with a password.
    Secrets secrets = Secrets.NONE;
    for (String arg : args) {
      secrets = secrets.withUrl(arg);
    }
    String message =
        e.getMessage() == null ? "invalid arguments" : secrets.redact(e.getMessage().strip());
    if (message.endsWith(".")) {
      message = message.substring(0, message.length() - 1);
    }
    err.println(
        cmd.getColorScheme()
            .errorText(
                "queryscope: "
                    + message
                    + " (see "
                    + cmd.getCommandSpec().qualifiedName()
                    + " --help)"));
    err.flush();
    return ErrorCode.USAGE.exitCode();
  }
}
