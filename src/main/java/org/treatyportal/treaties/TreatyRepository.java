package org.treatyportal.treaties;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Treaties, looked up by their number, each with its versions in other languages (pages
 * read them after the transaction).
 */
interface TreatyRepository extends JpaRepository<Treaty, Long> {

	@EntityGraph(attributePaths = "translations")
	Optional<Treaty> findByNumber(int number);

	@Override
	@EntityGraph(attributePaths = "translations")
	Optional<Treaty> findById(Long id);

	boolean existsByNumber(int number);

	boolean existsByNumberAndIdNot(int number, Long id);

	@EntityGraph(attributePaths = "translations")
	@Query("select t from Treaty t order by t.number")
	List<Treaty> findAllByNumber();

	/**
	 * Per treaty id: ratifications (and accessions, successions) deposited by the date,
	 * and signatures by the date not followed by a deposit by the date.
	 */
	@Query("select p.treaty.id,"
			+ " sum(case when p.consentDate is not null and p.consentDate <= :date then 1 else 0 end),"
			+ " sum(case when p.signatureDate is not null and p.signatureDate <= :date"
			+ " and (p.consentDate is null or p.consentDate > :date) then 1 else 0 end)"
			+ " from TreatyParty p group by p.treaty.id")
	List<Object[]> countStatusAt(LocalDate date);

}
