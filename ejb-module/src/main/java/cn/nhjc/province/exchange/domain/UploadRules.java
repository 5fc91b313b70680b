package cn.nhjc.province.exchange.domain;

import java.time.Duration;
import java.util.Set;

/**
 * What an upload is checked against: the province's settings and the dictionaries' code lists.
 *
 * @param energyTypeCodes the energy types (dictionary 8), checked for the energy classes in {@code
 *     energyTypedClasses}
 */
public record UploadRules(
    int maxItems,
    int realtimeMinutes,
    Duration futureTolerance,
    Set<String> energyClassCodes,
    Set<String> energyTypedClasses,
    Set<String> energyTypeCodes,
    Set<String> usageCodes,
    Set<Integer> inputTypes,
    Set<Integer> scopes) {}
