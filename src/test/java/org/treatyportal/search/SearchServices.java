package org.treatyportal.search;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import org.treatyportal.config.PortalProperties;

/**
 * Search services made of the test application's sources, filters, clock and
 * transactions, with a database access and {@code portal.*} settings of a test's own
 * (found by component scanning, as test classes share the application's packages).
 */
@Component
class SearchServices {

	private final List<SearchSource> sources;

	private final List<SearchFilter> filters;

	private final Clock clock;

	private final PlatformTransactionManager transactions;

	SearchServices(List<SearchSource> sources, List<SearchFilter> filters, Clock clock,
			PlatformTransactionManager transactions) {
		this.sources = sources;
		this.filters = filters;
		this.clock = clock;
		this.transactions = transactions;
	}

	SearchService with(NamedParameterJdbcTemplate jdbc, Map<String, String> settings) {
		PortalProperties properties = new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("portal",
				PortalProperties.class);
		return new SearchService(jdbc, this.sources, this.filters, this.clock, properties, this.transactions);
	}

}
