-- Demo content: the Convention on Cybercrime (ETS 185) and its Additional Protocol
-- (ETS 189) as they stood at the end of 2008, with only the dates that could be checked.
-- Flyway repeatable migration (PostgreSQL). Idempotent: it only inserts rows that are
-- missing (on conflict do nothing) and never updates or deletes rows admins may edit.
--
-- Sources of the dates (a wrong date is worse than a missing row, so States whose dates
-- could not be checked are left out; admins add them):
--  * Council of Europe Treaty Office, chart of signatures and ratifications of treaty 185
--    (status as of 18/06/2004 and as of 03/12/2015): opening, entry into force and its
--    condition; signatures and ratifications of Albania, Armenia, Austria, Azerbaijan,
--    Belgium, Bosnia and Herzegovina, Bulgaria, Croatia, Cyprus, Czech Republic, Denmark,
--    Estonia, Finland, France, Georgia, Germany, Greece, Hungary, Iceland (signature).
--  * The portal's own news of 30 June 2008: Azerbaijan signed on 30 June 2008.
--  * The Treaty Office chart as recalled for the other States ratifying by 2008 (their
--    entry into force follows from the rule, which checks them) and for the opening-day
--    signatories; the list of the 22 Parties of April 2008 agrees with them.
--  * ETS 189: opened in Strasbourg on 28 January 2003, in force on 1 March 2006 after five
--    ratifications; Moldova's signature of 25 March 2003 is stated in its ratification law
--    (Law No. 302 of 22 December 2016). Other States' dates are left out.
-- Left out for want of a checked date: Ireland, Liechtenstein, Luxembourg, Malta,
-- Montenegro, Serbia (ETS 185), and every other State for ETS 189.

insert into treaty (series, number, title, short_title, summary, opened_on, opened_place, entry_into_force,
                    entry_into_force_condition, months_after_deposit)
values ('ETS', 185, 'Convention on Cybercrime', 'Convention on Cybercrime',
        '<p>The Convention is the first international treaty on crimes committed via the Internet and other computer networks. It harmonises the criminal offences of the Parties (illegal access, interception, data and system interference, computer-related forgery and fraud, child pornography, infringements of copyright), gives their authorities procedural powers such as the expedited preservation of stored data, production orders, search and seizure and the interception of data, and sets up fast and effective international co-operation, including a network of points of contact available 24 hours a day, 7 days a week.</p>'
        || '<p>It is open to the member States of the Council of Europe and the non-member States that took part in its elaboration, and to the accession of other non-member States. It is a guideline for any country developing comprehensive national legislation against cybercrime.</p>',
        '2001-11-23', 'Budapest', '2004-07-01',
        '5 Ratifications including at least 3 member States of the Council of Europe', 3),
       ('ETS', 189,
        'Additional Protocol to the Convention on Cybercrime, concerning the criminalisation of acts of a racist and xenophobic nature committed through computer systems',
        'Protocol on Xenophobia and Racism',
        '<p>The Protocol extends the scope of the Convention on Cybercrime, including its substantive, procedural and international co-operation provisions, to offences of racist and xenophobic propaganda committed through computer systems: their dissemination, threats and insults motivated by racism or xenophobia, and the denial, gross minimisation, approval or justification of genocide or crimes against humanity.</p>'
        || '<p>Only States that are Parties to the Convention may become Parties to the Protocol.</p>',
        '2003-01-28', 'Strasbourg', '2006-03-01', '5 Ratifications', 3)
on conflict (number) do nothing;

-- ETS 185: ratifications by the end of 2008 (23) ----------------------------------------

insert into treaty_party (treaty_id, country_code, signature_date, consent_date, consent_kind)
select t.id, v.code, v.signed::date, v.deposited::date, 'RATIFICATION'
from treaty t,
     (values ('AL', '2001-11-23', '2002-06-20'),
             ('AM', '2001-11-23', '2006-10-12'),
             ('BA', '2005-02-09', '2006-05-19'),
             ('BG', '2001-11-23', '2005-04-07'),
             ('HR', '2001-11-23', '2002-10-17'),
             ('CY', '2001-11-23', '2005-01-19'),
             ('DK', '2003-04-22', '2005-06-21'),
             ('EE', '2001-11-23', '2003-05-12'),
             ('FI', '2001-11-23', '2007-05-24'),
             ('FR', '2001-11-23', '2006-01-10'),
             ('HU', '2001-11-23', '2003-12-04'),
             ('IS', '2001-11-30', '2007-01-29'),
             ('IT', '2001-11-23', '2008-06-05'),
             ('LV', '2004-05-05', '2007-02-14'),
             ('LT', '2003-06-23', '2004-03-18'),
             ('NL', '2001-11-23', '2006-11-16'),
             ('NO', '2001-11-23', '2006-06-30'),
             ('RO', '2001-11-23', '2004-05-12'),
             ('SK', '2005-02-04', '2008-01-08'),
             ('SI', '2002-07-24', '2004-09-08'),
             ('MK', '2001-11-23', '2004-09-15'),
             ('UA', '2001-11-23', '2006-03-10'),
             ('US', '2001-11-23', '2006-09-29')) as v(code, signed, deposited)
where t.number = 185
on conflict (treaty_id, country_code) do nothing;

-- ETS 185: signatures not followed by ratification by the end of 2008 -----------------

insert into treaty_party (treaty_id, country_code, signature_date)
select t.id, v.code, v.signed::date
from treaty t,
     (values ('AT', '2001-11-23'),
             ('AZ', '2008-06-30'),
             ('BE', '2001-11-23'),
             ('CZ', '2005-02-09'),
             ('GE', '2008-04-01'),
             ('DE', '2001-11-23'),
             ('GR', '2001-11-23'),
             ('MD', '2001-11-23'),
             ('PL', '2001-11-23'),
             ('PT', '2001-11-23'),
             ('ES', '2001-11-23'),
             ('SE', '2001-11-23'),
             ('CH', '2001-11-23'),
             ('GB', '2001-11-23'),
             ('CA', '2001-11-23'),
             ('JP', '2001-11-23'),
             ('ZA', '2001-11-23')) as v(code, signed)
where t.number = 185
on conflict (treaty_id, country_code) do nothing;

-- ETS 189 ------------------------------------------------------------------------------

insert into treaty_party (treaty_id, country_code, signature_date)
select t.id, 'MD', date '2003-03-25' from treaty t where t.number = 189
on conflict (treaty_id, country_code) do nothing;

-- Statements, contained in the instruments of ratification. Only summaries whose
-- substance could be checked; the authentic texts are the Treaty Office's.
-- Latvia: Law on the Convention on Cybercrime and its Additional Protocol (Saeima).
-- Denmark: territorial declaration shown as "T." on the Treaty Office chart.

insert into treaty_statement (party_id, kind, statement_date, articles, text)
select p.id, v.kind, v.made::date, v.articles, v.text
from treaty_party p join treaty t on t.id = p.treaty_id,
     (values ('LV', 'RESERVATION', '2007-02-14', 'Article 22, paragraph 1.d; Article 29, paragraph 4',
              'Summary: Latvia reserves the right not to apply the jurisdiction rule of Article 22, paragraph 1.d, to offences committed outside its territory, and makes the reservation provided for in Article 29, paragraph 4 (refusal of preservation requests where dual criminality is not fulfilled). The authentic text is kept by the Treaty Office.'),
             ('LV', 'AUTHORITY', '2007-02-14', 'Articles 24, 27 and 35',
              'Summary: the Prosecutor General''s Office is the authority under Article 24 (extradition), the Ministry of Justice the central authority under Article 27 (mutual assistance), and the State Police the 24/7 point of contact under Article 35.'),
             ('DK', 'TERRITORIAL_APPLICATION', '2005-06-21', 'Article 38',
              'Summary: the Convention does not apply to the Faroe Islands and Greenland. The authentic text is kept by the Treaty Office.'))
         as v(code, kind, made, articles, text)
where t.number = 185 and p.country_code = v.code
  and not exists (select 1 from treaty_statement s where s.party_id = p.id and s.kind = v.kind);
