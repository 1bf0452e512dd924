package org.treatyportal.countries;

import org.treatyportal.states.StateName;

/**
 * What lists, charts and the map need of a country, without its profile.
 *
 * @param code upper-case ISO 3166-1 alpha-2 code
 * @param name name in English
 * @param member whether the country is a member State of the organisation
 * @param region its region
 */
public record CountryName(String code, String name, boolean member, Region region) implements StateName {
}
