package org.treatyportal.countries;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Countries, looked up by their ISO code.
 */
interface CountryRepository extends JpaRepository<Country, Long> {

	/** The country with its profile's versions in other languages. */
	@EntityGraph(attributePaths = "translations")
	Optional<Country> findByCode(String code);

	boolean existsByCode(String code);

	@Query("select c.name from Country c where c.code = ?1")
	Optional<String> findNameByCode(String code);

	@EntityGraph(attributePaths = "translations")
	@Query("select c from Country c order by c.name")
	List<Country> findAllByName();

	@Query("select new org.treatyportal.countries.CountryName(c.code, c.name, c.member, c.region) from Country c"
			+ " order by c.name")
	List<CountryName> findAllNames();

	@Query("select new org.treatyportal.countries.CountryName(c.code, c.name, c.member, c.region) from Country c"
			+ " where c.canBeParty order by c.name")
	List<CountryName> findPartyNames();

	boolean existsByCodeAndCanBePartyTrue(String code);

	/** Each country's code and name in a language other than the default. */
	@Query(value = "select c.code, n.name from country_name n join country c on c.id = n.country_id"
			+ " where n.language = ?1", nativeQuery = true)
	List<Object[]> findNamesIn(String language);

}
