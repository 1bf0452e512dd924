package org.treatyportal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.treatyportal.config.PortalProperties;
import org.treatyportal.documents.DocumentImport;
import org.treatyportal.documents.DocumentType;

/**
 * The demo documents of the Cybercrime portal (the Convention and its Protocol in their
 * languages, the progress reports, the guidelines, the Cairo declaration, the paper on
 * identity theft and the programmes), each file a one-page placeholder PDF written here.
 * Loaded at start-up when the demo content is on ({@link DemoContent}), after the demo
 * events; a document whose slug exists is left as it is, so loading is idempotent and
 * never overwrites editors' changes.
 */
@Component
class DemoDocuments {

	private static final Log logger = LogFactory.getLog(DemoDocuments.class);

	private static final ZoneId STRASBOURG = ZoneId.of("Europe/Paris");

	private static final List<Demo> DEMO = List.of(new Demo("convention-on-cybercrime",
			"Convention on Cybercrime (ETS 185)", DocumentType.TREATY_TEXT, LocalDate.of(2001, 11, 23), 185, null,
			Set.of(),
			"The text of the Convention on Cybercrime, opened for signature in Budapest on 23 November 2001: the only binding international instrument on cybercrime.",
			List.of(authentic("en"), authentic("fr"), unofficial("ar"), unofficial("id"))),
			new Demo("additional-protocol-on-xenophobia-and-racism",
					"Additional Protocol to the Convention on Cybercrime, concerning the criminalisation of acts of a racist and xenophobic nature committed through computer systems (ETS 189)",
					DocumentType.TREATY_TEXT, LocalDate.of(2003, 1, 28), 189, null, Set.of(),
					"The text of the Protocol on xenophobia and racism committed through computer systems, opened for signature in Strasbourg on 28 January 2003.",
					List.of(authentic("en"), authentic("fr"), unofficial("ar"))),
			new Demo("project-on-cybercrime-summary-and-workplan-2008-2009",
					"Project on Cybercrime: summary and workplan 2008-2009", DocumentType.REPORT,
					LocalDate.of(2008, 1, 15), null, null, Set.of(),
					"What the Project on Cybercrime does and plans for 2008 and 2009.", List.of(authentic("en"))),
			new Demo("project-on-cybercrime-second-progress-report", "Project on Cybercrime: second progress report",
					DocumentType.REPORT, LocalDate.of(2007, 12, 1), null, null, Set.of(),
					"Progress of the Project on Cybercrime, December 2007.", List.of(authentic("en"))),
			new Demo("project-on-cybercrime-third-progress-report", "Project on Cybercrime: third progress report",
					DocumentType.REPORT, LocalDate.of(2008, 8, 1), null, null, Set.of(),
					"Progress of the Project on Cybercrime, August 2008.", List.of(authentic("en"))),
			new Demo("guidelines-for-law-enforcement-and-service-provider-cooperation",
					"Guidelines for the cooperation between law enforcement and internet service providers against cybercrime",
					DocumentType.GUIDELINES, LocalDate.of(2008, 4, 2), null, "octopus-interface-2008", Set.of(),
					"Adopted by the Octopus Interface conference on 2 April 2008, to help law enforcement authorities and internet service providers cooperate in the investigation of cybercrime.",
					List.of(authentic("en"), authentic("fr"))),
			new Demo("cairo-declaration-on-cybercrime", "Cairo declaration on cybercrime", DocumentType.OTHER,
					LocalDate.of(2007, 11, 27), null, "conference-on-cybercrime-in-the-arab-region-cairo-2007",
					Set.of("EG"),
					"Adopted at the regional conference on cybercrime in Cairo: countries of the Arab region should use the Convention on Cybercrime as a model for their legislation.",
					List.of(authentic("ar"), unofficial("en"))),
			new Demo("identity-theft-and-the-convention-on-cybercrime",
					"Identity theft and the Convention on Cybercrime: discussion paper", DocumentType.REPORT,
					LocalDate.of(2007, 11, 7), null, "conference-on-identity-fraud-tomar-2007", Set.of("PT"),
					"A paper on how the Convention on Cybercrime helps investigate and prosecute identity theft, discussed at the conference on identity fraud in Tomar.",
					List.of(authentic("en"))),
			new Demo("octopus-interface-2008-programme", "Octopus Interface conference 2008: programme",
					DocumentType.PROGRAMME, LocalDate.of(2008, 4, 1), null, "octopus-interface-2008", Set.of(),
					"The programme of the conference on cooperation against cybercrime, Strasbourg, 1-2 April 2008.",
					List.of(authentic("en"), authentic("fr"))),
			new Demo("octopus-interface-2009-programme", "Octopus Interface conference 2009: programme",
					DocumentType.PROGRAMME, LocalDate.of(2009, 3, 10), null, "octopus-interface-2009", Set.of(),
					"The programme of the conference on cooperation against cybercrime, Strasbourg, 10-11 March 2009.",
					List.of(authentic("en"), authentic("fr"))),
			new Demo("workshop-on-cybercrime-legislation-in-latin-america-programme",
					"Workshop on cybercrime legislation in Latin America: programme", DocumentType.PROGRAMME,
					LocalDate.of(2008, 9, 3), null, "workshop-on-cybercrime-legislation-bogota-2008", Set.of("CO"),
					"The programme of the workshop in Bogotá, 3-5 September 2008, in English and Spanish.",
					List.of(authentic("en"), authentic("es"))));

	private final DemoContent demoContent;

	private final DocumentImport documents;

	private final PortalProperties properties;

	DemoDocuments(DemoContent demoContent, DocumentImport documents, PortalProperties properties) {
		this.demoContent = demoContent;
		this.documents = documents;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadWhenDemoContentIsOn() {
		if (this.demoContent.isOn()) {
			int created = load();
			if (created > 0) {
				logger.info("Created " + created + " demo documents");
			}
		}
	}

	/**
	 * Creates the demo documents that do not exist yet, each in its own transaction.
	 * @return how many were created
	 */
	int load() {
		int created = 0;
		for (Demo demo : DEMO) {
			created += this.documents.add(imported(demo)) ? 1 : 0;
		}
		return created;
	}

	private DocumentImport.Imported imported(Demo demo) {
		Instant published = demo.date().atTime(LocalTime.of(10, 0)).atZone(STRASBOURG).toInstant();
		List<DocumentImport.ImportedFile> files = demo.languages()
			.stream()
			.map((language) -> new DocumentImport.ImportedFile(language.tag(), language.authentic(),
					demo.slug() + "-" + language.tag() + ".pdf", placeholder(demo, language)))
			.toList();
		return new DocumentImport.Imported(demo.slug(), demo.title(), demo.type(), demo.date(), demo.treaty(),
				demo.event(), demo.countries(), demo.description(), published, files);
	}

	private byte[] placeholder(Demo demo, Language language) {
		String name = Locale.forLanguageTag(language.tag()).getDisplayLanguage(Locale.ENGLISH);
		return PlaceholderPdf.create(demo.title(), this.properties.organisation(this.properties.defaultLanguage()),
				List.of(name
						+ " version" + (language.authentic() ? " (authentic text)" : " (unofficial translation)") + ".",
						demo.description(),
						"This file is a placeholder made for the demonstration of the portal: it stands in for the "
								+ "published document of that name, which it does not reproduce.",
						"Document library: /documents/" + demo.slug()));
	}

	private static Language authentic(String tag) {
		return new Language(tag, true);
	}

	private static Language unofficial(String tag) {
		return new Language(tag, false);
	}

	/** One demo document: what the seed page says of it, and its languages. */
	private record Demo(String slug, String title, DocumentType type, LocalDate date, Integer treaty, String event,
			Set<String> countries, String description, List<Language> languages) {
	}

	/** A language of a demo document, authentic or an unofficial translation. */
	private record Language(String tag, boolean authentic) {
	}

}
