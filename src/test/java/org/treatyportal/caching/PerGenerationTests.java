package org.treatyportal.caching;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.treatyportal.news.Article;
import org.treatyportal.news.TestArticles;
import org.treatyportal.support.MutableClock;
import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value computed once per content generation is computed again as soon as content
 * changes or a scheduled item comes out.
 */
@PortalIntegrationTest
class PerGenerationTests {

	private static final Instant NOW = Instant.parse("2037-03-01T12:00:00Z");

	@Autowired
	private PerGeneration perGeneration;

	@Autowired
	private MutableClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestArticles articles;

	@Autowired
	private PlatformTransactionManager transactions;

	private final AtomicInteger computed = new AtomicInteger();

	@Test
	void aValueIsComputedOncePerGenerationAndScheduledChange() {
		Article scheduled = this.articles.news("Quokkaland is scheduled").publishedAt(NOW.plusSeconds(30)).save();
		try {
			this.clock.setInstant(NOW);
			assertThat(value()).isEqualTo(1);
			assertThat(value()).isEqualTo(1);

			this.jdbc.update("update content_generation set value = value + 1");
			assertThat(value()).isEqualTo(2);
			this.clock.setInstant(NOW.plusSeconds(29));
			assertThat(value()).isEqualTo(2);

			this.clock.setInstant(NOW.plusSeconds(30));
			assertThat(value()).isEqualTo(3);
		}
		finally {
			this.jdbc.update("delete from article where id = ?", scheduled.getId());
		}
	}

	@Test
	void aTransactionThatMayWriteNeitherKeepsNorTakesAValue() {
		this.clock.setInstant(NOW);
		int kept = this.perGeneration.get("test-value-in-transactions", this.computed::incrementAndGet);
		TransactionTemplate readWrite = new TransactionTemplate(this.transactions);
		// Its own changes would move the generation only at commit.
		readWrite.executeWithoutResult((status) -> assertThat(
				this.perGeneration.get("test-value-in-transactions", this.computed::incrementAndGet))
			.isEqualTo(kept + 1));
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		readOnly.executeWithoutResult((status) -> assertThat(
				this.perGeneration.get("test-value-in-transactions", this.computed::incrementAndGet))
			.isEqualTo(kept));
		assertThat(this.perGeneration.get("test-value-in-transactions", this.computed::incrementAndGet))
			.isEqualTo(kept);
	}

	private int value() {
		return this.perGeneration.get("test-value", this.computed::incrementAndGet);
	}

}
