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

	/** The treaty's record of the State, by treaty number and upper-case code. */
	@Query("select p from TreatyParty p join fetch p.treaty t where t.number = :number and p.countryCode = :code")
	Optional<TreatyParty> findForEditing(int number, String code);

	@Query("select p from TreatyParty p join fetch p.treaty where p.id = :id")
	Optional<TreatyParty> findForEditing(Long id);

	/** The State's records of every treaty, by treaty number. */
	@Query("select p from TreatyParty p join fetch p.treaty t where p.countryCode = :code order by t.number")
	List<TreatyParty> findByCountryCode(String code);

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

	/**
	 * Signatures and deposits dated up to the day, newest first (on one day, a deposit
	 * before a signature): treaty number, series, short title, country code, the action
	 * ({@code SIGNATURE} or a {@link ConsentKind}) and its date.
	 */
	@Query(value = "select * from (select t.number, t.series, t.short_title, p.country_code,"
			+ " 'SIGNATURE' as action, p.signature_date as action_date, p.id"
			+ " from treaty_party p join treaty t on t.id = p.treaty_id where p.signature_date <= :date"
			+ " union all select t.number, t.series, t.short_title, p.country_code, p.consent_kind, p.consent_date, p.id"
			+ " from treaty_party p join treaty t on t.id = p.treaty_id"
			+ " where p.consent_date <= :date and p.consent_kind is not null) actions"
			+ " order by action_date desc, action = 'SIGNATURE', id desc limit :count", nativeQuery = true)
	List<Object[]> findRecentActions(LocalDate date, int count);

	/**
	 * Per State's record: treaty number, country code, and when what the site shows of it
	 * last changed: the latest of its save and of its dates and its statements' dates up
	 * to the day (each at the start of that day in the zone), and of its statements'
	 * saves.
	 */
	@Query(value = "select t.number, p.country_code, greatest(p.updated_at,"
			+ " case when p.signature_date <= :date then p.signature_date::timestamp at time zone :zone end,"
			+ " case when p.consent_date <= :date then p.consent_date::timestamp at time zone :zone end,"
			+ " (select max(greatest(s.updated_at, case when s.statement_date <= :date"
			+ " then s.statement_date::timestamp at time zone :zone end))"
			+ " from treaty_statement s where s.party_id = p.id)) as changed"
			+ " from treaty_party p join treaty t on t.id = p.treaty_id", nativeQuery = true)
	List<Object[]> findChanges(LocalDate date, String zone);

}
