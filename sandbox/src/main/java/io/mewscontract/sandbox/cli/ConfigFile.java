package io.mewscontract.sandbox.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mewscontract.sandbox.auth.TokenPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The JSON config file ({@code --config FILE}): every key is optional and stands for the flag of the same meaning.
 *
 * <pre>{@code
 * {
 *   "port": 8080,
 *   "bind": "127.0.0.1",
 *   "demoTokens": true,
 *   "tokens": [ { "clientToken": "...", "accessToken": "..." } ],
 *   "portfolioTokens": [ { "clientToken": "...", "accessToken": "...", "enterpriseIds": [ "..." ] } ],
 *   "rateLimit": { "enabled": true, "requests": 200, "windowSeconds": 30 },
 *   "seedCustomers": 0,
 *   "randomSeed": 1,
 *   "maxBodyBytes": 1048576,
 *   "maxRequestSeconds": 30,
 *   "maxResponseSeconds": 30,
 *   "maxConnections": 1000,
 *   "idleSeconds": 30,
 *   "logRequests": false
 * }
 * }</pre>
 *
 * Unknown keys are refused (a misspelt key would otherwise be ignored silently). Error messages name the key, never
 * its value, since values may be tokens.
 */
final class ConfigFile {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ConfigFile() {}

    record Content(
            @JsonProperty("port") @Nullable Integer port,
            @JsonProperty("bind") @Nullable String bind,
            @JsonProperty("demoTokens") @Nullable Boolean demoTokens,
            @JsonProperty("tokens") @Nullable List<Token> tokens,
            @JsonProperty("portfolioTokens") @Nullable List<PortfolioToken> portfolioTokens,
            @JsonProperty("rateLimit") @Nullable RateLimitContent rateLimit,
            @JsonProperty("seedCustomers") @Nullable Integer seedCustomers,
            @JsonProperty("randomSeed") @Nullable Long randomSeed,
            @JsonProperty("maxBodyBytes") @Nullable Integer maxBodyBytes,
            @JsonProperty("maxRequestSeconds") @Nullable Long maxRequestSeconds,
            @JsonProperty("maxResponseSeconds") @Nullable Long maxResponseSeconds,
            @JsonProperty("maxConnections") @Nullable Integer maxConnections,
            @JsonProperty("idleSeconds") @Nullable Long idleSeconds,
            @JsonProperty("logRequests") @Nullable Boolean logRequests) {}

    record Token(
            @JsonProperty(value = "clientToken", required = true)
            String clientToken,

            @JsonProperty(value = "accessToken", required = true)
            String accessToken) {}

    record PortfolioToken(
            @JsonProperty(value = "clientToken", required = true)
            String clientToken,

            @JsonProperty(value = "accessToken", required = true)
            String accessToken,

            @JsonProperty(value = "enterpriseIds", required = true)
            List<UUID> enterpriseIds) {}

    record RateLimitContent(
            @JsonProperty("enabled") @Nullable Boolean enabled,
            @JsonProperty("requests") @Nullable Integer requests,
            @JsonProperty("windowSeconds") @Nullable Long windowSeconds) {}

    /** Reads {@code file} into {@code settings}, over what they hold. */
    static void apply(Path file, Settings settings) throws UsageException {
        Content content = read(file);
        if (content.port() != null) {
            settings.port = content.port();
        }
        if (content.bind() != null) {
            settings.bind = content.bind();
        }
        if (content.demoTokens() != null) {
            settings.demoTokens = content.demoTokens();
        }
        for (Token token : content.tokens() == null ? List.<Token>of() : content.tokens()) {
            settings.tokens.add(pair(file, "tokens", token.clientToken(), token.accessToken()));
        }
        for (PortfolioToken token :
                content.portfolioTokens() == null ? List.<PortfolioToken>of() : content.portfolioTokens()) {
            if (token.enterpriseIds().isEmpty()) {
                throw new UsageException(
                        file + ": a portfolio token must list at least one enterprise in" + " 'enterpriseIds'");
            }
            settings.portfolioTokens.add(new Settings.PortfolioToken(
                    pair(file, "portfolioTokens", token.clientToken(), token.accessToken()), token.enterpriseIds()));
        }
        RateLimitContent rateLimit = content.rateLimit();
        if (rateLimit != null) {
            if (rateLimit.enabled() != null) {
                settings.rateLimited = rateLimit.enabled();
            }
            if (rateLimit.requests() != null) {
                settings.rateLimitRequests = rateLimit.requests();
            }
            if (rateLimit.windowSeconds() != null) {
                settings.rateWindowSeconds = rateLimit.windowSeconds();
            }
        }
        if (content.seedCustomers() != null) {
            settings.seedCustomers = content.seedCustomers();
        }
        if (content.randomSeed() != null) {
            settings.randomSeed = content.randomSeed();
        }
        if (content.maxBodyBytes() != null) {
            settings.maxBodyBytes = content.maxBodyBytes();
        }
        if (content.maxRequestSeconds() != null) {
            settings.maxRequestSeconds = content.maxRequestSeconds();
        }
        if (content.maxResponseSeconds() != null) {
            settings.maxResponseSeconds = content.maxResponseSeconds();
        }
        if (content.maxConnections() != null) {
            settings.maxConnections = content.maxConnections();
        }
        if (content.idleSeconds() != null) {
            settings.idleSeconds = content.idleSeconds();
        }
        if (content.logRequests() != null) {
            settings.logRequests = content.logRequests();
        }
    }

    private static Content read(Path file) throws UsageException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            throw new UsageException("The config file " + file + " does not exist");
        } catch (IOException e) {
            throw new UsageException("Cannot read the config file " + file + ": " + e.getMessage());
        }
        try {
            Content content = MAPPER.readValue(bytes, Content.class);
            if (content == null) {
                throw new UsageException(file + ": the config file must hold one JSON object");
            }
            return content;
        } catch (UnrecognizedPropertyException unknown) {
            throw new UsageException(file + ": unknown key '" + path(unknown) + "'; known keys here: "
                    + unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", ")));
        } catch (JsonMappingException mismatch) {
            throw new UsageException(file + ": invalid value for '" + path(mismatch) + "' (see --help for the format)");
        } catch (JsonProcessingException notJson) {
            throw new UsageException(
                    file + " is not valid JSON (line " + notJson.getLocation().getLineNr() + ", column "
                            + notJson.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new UsageException("Cannot read the config file " + file + ": " + e.getMessage());
        }
    }

    private static TokenPair pair(Path file, String key, String clientToken, String accessToken) throws UsageException {
        try {
            return new TokenPair(clientToken, accessToken);
        } catch (IllegalArgumentException blank) {
            throw new UsageException(file + ": an entry of '" + key + "' is invalid: " + blank.getMessage());
        }
    }

    /** The JSON path of the failing value, e.g. {@code rateLimit.requests} or {@code tokens[0].accessToken}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.length() == 0 ? "(the whole file)" : path.toString();
    }
}
