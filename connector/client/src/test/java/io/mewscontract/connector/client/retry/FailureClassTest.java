package io.mewscontract.connector.client.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.mewscontract.connector.client.error.ApiError;
import io.mewscontract.connector.client.error.BadRequestException;
import io.mewscontract.connector.client.error.ConflictException;
import io.mewscontract.connector.client.error.ForbiddenException;
import io.mewscontract.connector.client.error.MewsConnectionException;
import io.mewscontract.connector.client.error.MewsException;
import io.mewscontract.connector.client.error.MewsTimeoutException;
import io.mewscontract.connector.client.error.RequestTimeoutException;
import io.mewscontract.connector.client.error.ServerErrorException;
import io.mewscontract.connector.client.error.TooManyRequestsException;
import io.mewscontract.connector.client.error.UnauthorizedException;
import io.mewscontract.runtime.OperationKind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The retry table, row by row, as the issue states it. */
class FailureClassTest {

    static Stream<Arguments> table() {
        return Stream.of(
                //          failure                                         read   write
                Arguments.of(tooMany(), true, true),
                Arguments.of(connection(true), true, true),
                Arguments.of(new RequestTimeoutException(error(408)), true, false),
                Arguments.of(new ServerErrorException(error(500)), true, false),
                Arguments.of(new ServerErrorException(error(503)), true, false),
                Arguments.of(connection(false), true, false),
                Arguments.of(timeout(), true, false),
                Arguments.of(new BadRequestException(error(400)), false, false),
                Arguments.of(new UnauthorizedException(error(401)), false, false),
                Arguments.of(new ForbiddenException(error(403)), false, false),
                Arguments.of(new ConflictException(error(409)), false, false));
    }

    @ParameterizedTest(name = "{0}: read {1}, write {2}")
    @MethodSource("table")
    void retryable(MewsException failure, boolean read, boolean write) {
        assertThat(FailureClass.of(failure).retryable(OperationKind.READ)).isEqualTo(read);
        assertThat(FailureClass.of(failure).retryable(OperationKind.WRITE)).isEqualTo(write);
    }

    private static ApiError error(int status) {
        return new ApiError("op", "/p", status, "m", null, null, null);
    }

    private static TooManyRequestsException tooMany() {
        return new TooManyRequestsException(error(429), Duration.ofSeconds(1));
    }

    private static MewsConnectionException connection(boolean notSent) {
        return new MewsConnectionException(
                "op",
                "/p",
                "127.0.0.1:1",
                notSent,
                notSent ? new ConnectException("refused") : new IOException("reset"));
    }

    private static MewsTimeoutException timeout() {
        return new MewsTimeoutException(
                "op",
                "/p",
                "127.0.0.1:1",
                MewsTimeoutException.Phase.RESPONSE,
                Duration.ofSeconds(1),
                new HttpTimeoutException("timed out"));
    }
}
