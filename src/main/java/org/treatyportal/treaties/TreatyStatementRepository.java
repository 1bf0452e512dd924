package org.treatyportal.treaties;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Statements of States about treaties.
 */
interface TreatyStatementRepository extends JpaRepository<TreatyStatement, Long> {

	List<TreatyStatement> findByPartyOrderByStatementDateAscIdAsc(TreatyParty party);

	@Query("select s from TreatyStatement s join fetch s.party p join fetch p.treaty left join fetch s.translations"
			+ " where s.id = :id and p.id = :partyId")
	Optional<TreatyStatement> findForEditing(Long partyId, Long id);

	/** A statement with its record and treaty, for the address of an old admin link. */
	@Query("select s from TreatyStatement s join fetch s.party p join fetch p.treaty where s.id = :id")
	Optional<TreatyStatement> findWithParty(Long id);

}
