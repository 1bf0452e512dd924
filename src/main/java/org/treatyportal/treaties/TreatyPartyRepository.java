package org.treatyportal.treaties;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * States' records for treaties, with their statements fetched in the same query.
 */
interface TreatyPartyRepository extends JpaRepository<TreatyParty, Long> {

	@Query("select distinct p from TreatyParty p join fetch p.treaty left join fetch p.statements"
			+ " where p.treaty = :treaty")
	List<TreatyParty> findWithStatements(Treaty treaty);

	@Query("select distinct p from TreatyParty p join fetch p.treaty t left join fetch p.statements"
			+ " where p.countryCode = :code order by t.number")
	List<TreatyParty> findByCountryWithStatements(String code);

	@Query("select p from TreatyParty p join fetch p.treaty where p.id = :id and p.treaty.id = :treatyId")
	Optional<TreatyParty> findForEditing(Long treatyId, Long id);

	@Query("select p from TreatyParty p join fetch p.treaty where p.treaty.id = :treatyId order by p.countryCode")
	List<TreatyParty> findByTreatyId(Long treatyId);

	boolean existsByTreatyAndCountryCode(Treaty treaty, String countryCode);

	/**
	 * Per treaty id, its latest treaty action by the date: treaty id, country code, the
	 * action ({@code SIGNATURE} or a {@link ConsentKind}) and its date.
	 */
	@Query(value = "select distinct on (p.treaty_id) p.treaty_id, p.country_code,"
			+ " case when p.consent_date is not null and p.consent_date <= :date"
			+ " and (p.signature_date is null or p.consent_date >= p.signature_date)"
			+ " then p.consent_kind else 'SIGNATURE' end as action,"
			+ " case when p.consent_date is not null and p.consent_date <= :date then greatest(p.signature_date, p.consent_date)"
			+ " else p.signature_date end as action_date"
			+ " from treaty_party p where coalesce(p.signature_date, p.consent_date) <= :date"
			+ " order by p.treaty_id, action_date desc, p.id desc", nativeQuery = true)
	List<Object[]> findLatestActions(LocalDate date);


}
