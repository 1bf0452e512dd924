package org.treatyportal.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import org.treatyportal.config.PortalProperties;

/**
 * Starts the embedded PostgreSQL and points the data source at it, but only when no
 * {@code spring.datasource.url} is configured: with one, Spring Boot's own data source
 * uses that server and nothing is started here.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(PortalProperties properties) {
		PortalProperties.EmbeddedDatabase settings = properties.embeddedDatabase();
		return EmbeddedPostgres.start(settings.dataDir(), settings.port(), settings.startTimeout());
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(postgres.jdbcUrl())
			.username(postgres.username())
			.password(postgres.password())
			.build();
		dataSource.setPoolName("embedded-postgres");
		return dataSource;
	}

	static class NoDataSourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			return url == null || url.isBlank();
		}

	}

}
