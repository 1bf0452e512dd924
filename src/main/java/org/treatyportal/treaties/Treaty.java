package org.treatyportal.treaties;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.treatyportal.revisions.Revisioned;

/**
 * A treaty of the organisation (ETS 185, CETS 224, ...) with its opening for signature,
 * its entry into force and the rule that gives each State's own entry into force.
 */
@Entity
@Table(name = "treaty")
public class Treaty implements Revisioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String series;

	private int number;

	@Column(nullable = false)
	private String title;

	@Column(name = "short_title", nullable = false)
	private String shortTitle;

	@Column(nullable = false)
	private String summary = "";

	@Column(name = "opened_on")
	private LocalDate openedOn;

	@Column(name = "opened_place", nullable = false)
	private String openedPlace = "";

	@Column(name = "entry_into_force")
	private LocalDate entryIntoForce;

	@Column(name = "entry_into_force_condition", nullable = false)
	private String entryIntoForceCondition = "";

	@Column(name = "months_after_deposit")
	private int monthsAfterDeposit = 3;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Version
	private long version;

	protected Treaty() {
	}

	Treaty(String series, int number, String title, String shortTitle) {
		this.series = series;
		this.number = number;
		this.title = title;
		this.shortTitle = shortTitle;
	}

	public Long getId() {
		return this.id;
	}

	/** ETS or CETS. */
	public String getSeries() {
		return this.series;
	}

	void setSeries(String series) {
		this.series = series;
	}

	public int getNumber() {
		return this.number;
	}

	void setNumber(int number) {
		this.number = number;
	}

	/** Series and number as people cite them, e.g. "ETS 185". */
	public String getReference() {
		return this.series + " " + this.number;
	}

	public String getTitle() {
		return this.title;
	}

	void setTitle(String title) {
		this.title = title;
	}

	public String getShortTitle() {
		return this.shortTitle;
	}

	void setShortTitle(String shortTitle) {
		this.shortTitle = shortTitle;
	}

	public String getSummary() {
		return this.summary;
	}

	void setSummary(String summary) {
		this.summary = summary;
	}

	public LocalDate getOpenedOn() {
		return this.openedOn;
	}

	void setOpenedOn(LocalDate openedOn) {
		this.openedOn = openedOn;
	}

	public String getOpenedPlace() {
		return this.openedPlace;
	}

	void setOpenedPlace(String openedPlace) {
		this.openedPlace = openedPlace;
	}

	/** The treaty's own entry into force, or {@code null} while it is not in force. */
	public LocalDate getEntryIntoForce() {
		return this.entryIntoForce;
	}

	void setEntryIntoForce(LocalDate entryIntoForce) {
		this.entryIntoForce = entryIntoForce;
	}

	public String getEntryIntoForceCondition() {
		return this.entryIntoForceCondition;
	}

	void setEntryIntoForceCondition(String entryIntoForceCondition) {
		this.entryIntoForceCondition = entryIntoForceCondition;
	}

	/** N in "first day of the month after N months from the deposit". */
	public int getMonthsAfterDeposit() {
		return this.monthsAfterDeposit;
	}

	void setMonthsAfterDeposit(int monthsAfterDeposit) {
		this.monthsAfterDeposit = monthsAfterDeposit;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
