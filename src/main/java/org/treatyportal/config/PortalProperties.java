package org.treatyportal.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Typed settings under {@code portal.*}. The README lists each one with its default.
 *
 * @param siteName name of the portal shown in the header and page titles, per language
 * ({@code portal.site-name.fr}); a language without one shows the default language's
 * @param organisation organisation that runs the portal, shown in the header and footer,
 * per language
 * @param tagline one sentence under the site name on the home page, per language
 * @param baseUrl the site's public address (scheme, host, port and any path, no trailing
 * slash needed), from which feeds, the sitemap, canonical URLs and Open Graph tags build
 * absolute links; never taken from a request's Host header
 * @param timeZone zone in which dates and times are shown and entered
 * @param demoContent load the demo content; unset means "only with the embedded database"
 * @param embeddedDatabase the PostgreSQL started when no {@code spring.datasource.url} is
 * given
 * @param admin the first administrator, created when no administrator exists
 * @param uploads limits on uploaded files
 * @param files how stored files are served
 * @param contactsRequestEmail address where authorities request the restricted contacts
 * of country profiles (24/7 points of contact, central authorities)
 * @param profileReviewMaxAge age past which a country profile's last review is flagged as
 * outdated
 * @param security sign-in throttling, sessions, password links and two-factor sign-in
 * @param search the site search
 * @param languages the site's languages as ISO 639 codes ({@code en}); the first is the
 * default, whose pages keep the unprefixed addresses, the others live under
 * {@code /<tag>/}
 */
@ConfigurationProperties("portal")
public record PortalProperties(Map<String, String> siteName, Map<String, String> organisation,
		Map<String, String> tagline, @DefaultValue("http://localhost:8080") URI baseUrl,
		@DefaultValue("Europe/Paris") ZoneId timeZone, Boolean demoContent,
		@DefaultValue EmbeddedDatabase embeddedDatabase, @DefaultValue Admin admin, @DefaultValue Uploads uploads,
		@DefaultValue Files files, @DefaultValue("secretariat@example.org") String contactsRequestEmail,
		@DefaultValue("P2Y") Period profileReviewMaxAge, @DefaultValue Security security, @DefaultValue Search search,
		@DefaultValue("en,fr") List<String> languages) {

	public PortalProperties {
		if (languages == null || languages.isEmpty()) {
			throw new IllegalArgumentException("portal.languages must name at least one language");
		}
		List<String> tags = new ArrayList<>();
		for (String entry : languages) {
			for (String language : (entry != null) ? entry.split(",") : new String[] { "" }) {
				String tag = language.strip();
				if (!tag.matches("[a-z]{2,3}") || tags.contains(tag)) {
					throw new IllegalArgumentException(
							"portal.languages must list distinct two- or three-letter lower-case language codes, not "
									+ languages);
				}
				tags.add(tag);
			}
		}
		languages = List.copyOf(tags);
		siteName = texts("site-name", siteName, Map.of("en", "Cybercrime", "fr", "Cybercriminalité"));
		organisation = texts("organisation", organisation,
				Map.of("en", "Council of Europe", "fr", "Conseil de l’Europe"));
		tagline = texts("tagline", tagline, Map.of("en",
				"Protecting societies worldwide from the threat of cybercrime through the Convention on Cybercrime and its Protocol.",
				"fr",
				"Protéger les sociétés du monde entier contre la cybercriminalité grâce à la Convention sur la cybercriminalité et à son Protocole."));
	}

	/** The first of {@link #languages()}, whose pages keep the unprefixed addresses. */
	public String defaultLanguage() {
		return this.languages.get(0);
	}

	/** The portal's name in a language, or in the default language where it has none. */
	public String siteName(String language) {
		return in(this.siteName, language);
	}

	/**
	 * The organisation's name in a language, or in the default language where it has
	 * none.
	 */
	public String organisation(String language) {
		return in(this.organisation, language);
	}

	/** The tagline in a language, or in the default language where it has none. */
	public String tagline(String language) {
		return in(this.tagline, language);
	}

	/** Whether the site's name, organisation and tagline are all given in a language. */
	public boolean namesSiteIn(String language) {
		return this.siteName.containsKey(language) && this.organisation.containsKey(language)
				&& this.tagline.containsKey(language);
	}

	private String in(Map<String, String> texts, String language) {
		String text = texts.get(language);
		if (text == null) {
			text = texts.get(defaultLanguage());
		}
		return (text != null) ? text : texts.values().iterator().next();
	}

	/**
	 * A text per language as set, or the defaults when none is set: a deployment that
	 * sets its own name in one language does not keep the demo's in another.
	 */
	private static Map<String, String> texts(String name, Map<String, String> set, Map<String, String> defaults) {
		if (set == null || set.isEmpty()) {
			return defaults;
		}
		set.forEach((language, text) -> {
			if (text == null || text.isBlank()) {
				throw new IllegalArgumentException("portal." + name + "." + language + " must not be blank");
			}
		});
		return Map.copyOf(set);
	}

	/**
	 * Settings of the embedded PostgreSQL.
	 *
	 * @param dataDir folder that keeps the database between restarts
	 * @param port TCP port on 127.0.0.1; 0 picks a free one at each start
	 * @param startTimeout how long to wait for the server to accept connections
	 */
	public record EmbeddedDatabase(@DefaultValue("./data/postgres") Path dataDir, @DefaultValue("0") int port,
			@DefaultValue("60s") Duration startTimeout) {
	}

	/**
	 * The first administrator. Both come from the environment
	 * ({@code PORTAL_ADMIN_EMAIL}, {@code PORTAL_ADMIN_PASSWORD}), never from a committed
	 * file.
	 *
	 * @param email e-mail address used to sign in
	 * @param password initial password; when blank a random one is generated and written
	 * to {@code passwordFile}, never to the log
	 * @param passwordFile where a generated password is written, readable by the site's
	 * system user only; unset means {@code initial-admin-password} in the embedded
	 * database's folder, or {@code ./data/initial-admin-password} with an external
	 * database
	 */
	public record Admin(@DefaultValue("admin@localhost") String email, String password, Path passwordFile) {
	}

	/**
	 * Limits on uploaded files, the same for every feature. The servlet container's
	 * multipart limits ({@code spring.servlet.multipart.*}) follow these in
	 * {@code application.yml}.
	 *
	 * @param maxSize largest file accepted
	 * @param maxRequestSize largest upload request (a form with its files and fields) the
	 * container reads; at least {@code maxSize}
	 */
	public record Uploads(@DefaultValue("25MB") DataSize maxSize, @DefaultValue("30MB") DataSize maxRequestSize) {

		public Uploads {
			if (maxRequestSize.compareTo(maxSize) < 0) {
				throw new IllegalArgumentException("portal.uploads.max-request-size (" + maxRequestSize
						+ ") must be at least portal.uploads.max-size (" + maxSize + ")");
			}
		}

	}

	/**
	 * How stored files are served.
	 *
	 * @param publicMaxAge how long browsers and caches may keep a public file without
	 * asking again; after that they revalidate with its ETag, so a withdrawn item's files
	 * may stay in caches this long
	 */
	public record Files(@DefaultValue("1h") Duration publicMaxAge) {
	}

	/**
	 * How sign-in is protected.
	 *
	 * @param maxFailures the failed sign-in in a row, per account and client address pair
	 * and per client address, from which on each failure imposes a wait before the next
	 * attempt (the ones before cost nothing)
	 * @param firstDelay the wait after failure {@code maxFailures}; it doubles with each
	 * further failure
	 * @param lockAfter failures in a row, per account and client address pair and per
	 * client address, after which sign-in is locked for {@code lockDuration}
	 * @param lockDuration how long a lock lasts unless an admin lifts it; each failure
	 * after it locks again; also the longest wait of {@code accountMaxFailures}
	 * @param accountMaxFailures the failed sign-in of an account from client addresses it
	 * has never signed in from (wherever they come from) from which on such addresses
	 * wait, from {@code firstDelay} doubling up to {@code lockDuration}; its known
	 * addresses never do
	 * @param knownAddressLifetime how long a client address from which an account
	 * completed a sign-in stays known for it
	 * @param forgetFailuresAfter failures are forgotten after this long without a new one
	 * @param idleTimeout a signed-in session without a request for this long ends
	 * @param passwordLinkValidity how long a one-time link to set a password works
	 * @param codeTimeout how long, after the password, the two-factor code may be typed
	 * @param requireTwoFactorForAdmins when {@code true} (the default), admins must use
	 * two-factor sign-in whatever the admin setting says; {@code false} leaves it to that
	 * setting
	 * @param trustedProxies addresses of the reverse proxies whose {@code X-Forwarded-*}
	 * headers are believed; empty means none is
	 * @param encryptionKey Base64 of the 32-byte key that encrypts TOTP secrets, from the
	 * environment only; unset, the embedded database keeps a generated one in its folder,
	 * and with an external database the site does not start
	 */
	public record Security(@DefaultValue("5") int maxFailures, @DefaultValue("30s") Duration firstDelay,
			@DefaultValue("10") int lockAfter, @DefaultValue("15m") Duration lockDuration,
			@DefaultValue("20") int accountMaxFailures, @DefaultValue("90d") Duration knownAddressLifetime,
			@DefaultValue("24h") Duration forgetFailuresAfter, @DefaultValue("30m") Duration idleTimeout,
			@DefaultValue("24h") Duration passwordLinkValidity, @DefaultValue("5m") Duration codeTimeout,
			@DefaultValue("true") boolean requireTwoFactorForAdmins, @DefaultValue List<String> trustedProxies,
			String encryptionKey) {
	}

	/**
	 * The site search.
	 *
	 * @param cachedResults how many result pages are kept in memory for repeated
	 * searches; a kept page is shown only while nothing searchable has changed and no
	 * scheduled item has come out since, so it is never out of date; 0 turns the cache
	 * off
	 * @param window how many of the newest searchable rows a search looks among first for
	 * its ranked and newest matches, when there are at least four times as many rows; the
	 * answers are the same, found without reading every older match; 0 never
	 */
	public record Search(@DefaultValue("1000") int cachedResults, @DefaultValue("5000") int window) {

		public Search {
			if (cachedResults < 0) {
				throw new IllegalArgumentException(
						"portal.search.cached-results must be 0 or more, not " + cachedResults);
			}
			if (window < 0) {
				throw new IllegalArgumentException("portal.search.window must be 0 or more, not " + window);
			}
		}

	}

}
