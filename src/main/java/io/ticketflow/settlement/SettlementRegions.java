package io.ticketflow.settlement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ticketflow.rules.FileVersion;
import io.ticketflow.rules.RulesSettings;
import io.ticketflow.system.AnalystFile;
import io.ticketflow.system.AnalystFolder;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Currency and tax rate per region from {@code rules/settlement-regions.yaml}, read at start-up; a broken file (an
 * unknown currency, a tax rate outside 0–1, no default) stops the start with the reason.
 */
@Component
public class SettlementRegions {

    static final String FILE = "settlement-regions.yaml";
    private static final String DEFAULT = "default";

    private final Map<String, RegionFinance> regions;
    private final RegionFinance fallback;

    SettlementRegions(RulesSettings rules) {
        AnalystFile file = new AnalystFolder(rules.rulesDir(), "rules").list(FILE).stream()
                .filter(f -> f.fileName().equals(FILE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + FILE + " in the rules folder"));
        Document document = parse(file);
        String version = FileVersion.of(file.content());
        if (document.defaults() == null) {
            throw new IllegalStateException(FILE + ": the 'default' entry is missing");
        }
        this.fallback = finance(document.defaults(), version, DEFAULT);
        this.regions = document.regions() == null ? Map.of() : document.regions().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        e -> finance(e.getValue(), version, e.getKey())));
    }

    /** The region's entry, or the default one. */
    public RegionFinance of(String region) {
        return regions.getOrDefault(region, fallback);
    }

    private record Entry(String currency, BigDecimal taxRate) {
    }

    private record Document(@JsonProperty("default") Entry defaults,
            Map<String, Entry> regions) {
    }

    private static Document parse(AnalystFile file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readValue(file.content(), Document.class);
        } catch (IOException e) {
            throw new IllegalStateException(FILE + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static RegionFinance finance(Entry entry, String version, String name) {
        String where = FILE + ", entry " + name + ": ";
        if (entry.currency() == null || entry.taxRate() == null) {
            throw new IllegalStateException(where + "give both currency and taxRate");
        }
        try {
            Currency.getInstance(entry.currency());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + "'" + entry.currency() + "' is not an ISO 4217 currency code");
        }
        if (entry.taxRate().signum() < 0 || entry.taxRate().compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalStateException(where + "taxRate is a fraction between 0 and 1 (0.06 = 6 %)");
        }
        return new RegionFinance(entry.currency(), entry.taxRate(), FILE, version, name);
    }
}
