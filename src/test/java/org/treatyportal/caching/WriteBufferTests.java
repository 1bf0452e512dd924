package org.treatyportal.caching;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.util.unit.DataSize;

import org.treatyportal.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The running Tomcat writes each connection's answers through a buffer of
 * {@code portal.cache.write-buffer} (32 kB unless set), which must lie between Tomcat's
 * own 8 kB and 1 MB.
 */
@PortalIntegrationTest
class WriteBufferTests {

	@Autowired
	private WebServerApplicationContext context;

	@Autowired
	private CacheProperties cache;

	@Test
	void theServerWritesThroughABufferOfTheSetting() {
		Connector connector = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getConnector();

		assertThat(this.cache.writeBuffer()).isEqualTo(DataSize.ofKilobytes(32));
		assertThat(connector.getProperty(WriteBuffer.TOMCAT_PROPERTY)).hasToString(Integer.toString(32 * 1024));
	}

	@Test
	void aBufferSmallerThanTomcatsOwnOrOverAMegabyteIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> withWriteBuffer(DataSize.ofKilobytes(4)))
			.withMessageContaining("portal.cache.write-buffer must be 8KB to 1MB, not 4096 bytes");
		assertThatIllegalArgumentException().isThrownBy(() -> withWriteBuffer(DataSize.ofMegabytes(2)))
			.withMessageContaining("not 2097152 bytes");
		assertThat(withWriteBuffer(DataSize.ofKilobytes(8)).writeBuffer()).isEqualTo(DataSize.ofKilobytes(8));
	}

	private CacheProperties withWriteBuffer(DataSize writeBuffer) {
		return new CacheProperties(this.cache.maxSize(), this.cache.maxPageSize(), this.cache.maxAge(),
				this.cache.staleWhileRevalidate(), this.cache.staleIfError(), this.cache.hashStaticFiles(),
				this.cache.rendersAtOnce(), this.cache.generationLease(), writeBuffer);
	}

}
