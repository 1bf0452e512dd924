package org.treatyportal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the package graph as the README draws it: features may use each other one way
 * only, and the shared layers they are built on never reach up into a feature.
 */
@AnalyzeClasses(packages = "org.treatyportal", importOptions = ImportOption.DoNotIncludeTests.class)
final class PackageStructureTests {

	/**
	 * Packages every feature may build on. A feature's data reaches them only through an
	 * extension point they declare and the feature implements as a bean.
	 */
	static final String[] SHARED = { "org.treatyportal.config..", "org.treatyportal.database..",
			"org.treatyportal.web..", "org.treatyportal.publishing..", "org.treatyportal.files..",
			"org.treatyportal.audit..", "org.treatyportal.revisions..", "org.treatyportal.seo..",
			"org.treatyportal.search..", "org.treatyportal.feeds..", "org.treatyportal.related..",
			"org.treatyportal.states.." };

	private PackageStructureTests() {
	}

	@ArchTest
	static final ArchRule packagesFormNoCycle = slices().matching("org.treatyportal.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule sharedLayersImportNoFeature = classes().that()
		.resideInAnyPackage(SHARED)
		.should()
		.onlyDependOnClassesThat(resideOutsideOfPackage("org.treatyportal..").or(resideInAnyPackage(SHARED)));

}
