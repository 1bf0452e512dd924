-- Demo content: the Convention on Cybercrime (ETS 185) and its Additional Protocol
-- (ETS 189) as they stood at the end of 2008, with only the dates that could be checked.
-- Flyway repeatable migration (PostgreSQL). Idempotent: it only inserts rows that are
-- missing (on conflict do nothing) and never updates or deletes rows admins may edit.
-- Databases that loaded an earlier version of this file get its corrections from
-- db/migration/V61__correct_demo_treaties.sql, which changes only rows still as loaded.
--
-- Every record and statement carries its source in source_note (published on the chart);
-- a record whose dates could not be traced to a source has none. A wrong date is worse
-- than a missing row, so States whose dates could not be checked are left out; admins
-- add them. Sources:
--  * Council of Europe Treaty Office, chart of signatures and ratifications of treaty 185
--    (status as of 18/06/2004 and as of 03/12/2015): opening, entry into force and its
--    condition; signatures and ratifications of Albania, Armenia, Austria, Azerbaijan,
--    Belgium, Bosnia and Herzegovina, Bulgaria, Croatia, Cyprus, Czech Republic, Denmark,
--    Estonia, Finland, France, Georgia, Germany, Greece, Hungary, Iceland (signature).
--  * The portal's own news of 30 June 2008: Azerbaijan signed on 30 June 2008.
--  * The Treaty Office chart as recalled for the other States ratifying by 2008 (their
--    entry into force follows from the rule, which checks them) and for the opening-day
--    signatories; the list of the 22 Parties of April 2008 agrees with them. These
--    records have no source note.
--  * Netherlands Treaty Series, Trb. 2007, 10: the signatures of Ireland (28 February
--    2002) and Luxembourg (28 January 2003) of ETS 185.
--  * ETS 189: opened in Strasbourg on 28 January 2003, in force on 1 March 2006 after five
--    ratifications. Every signature and ratification by the end of 2008 from the
--    Netherlands treaty database, entry 010573, which mirrors the depositary's chart
--    (Moldova signed on 25 April 2003, not 25 March as an earlier version said). Left out
--    for want of their dates: Slovenia's ratification, and the signatures of Austria, the
--    Czech Republic, Poland, Portugal, Romania, Serbia, Spain, Sweden and South Africa.
-- Left out for want of a checked date: Liechtenstein, Malta, Montenegro, Serbia (ETS 185).

insert into treaty (series, number, title, short_title, summary, opened_on, opened_place, entry_into_force,
                    entry_into_force_condition, months_after_deposit, ratifications_required)
values ('ETS', 185, 'Convention on Cybercrime', 'Convention on Cybercrime',
        '<p>The Convention is the first international treaty on crimes committed via the Internet and other computer networks. It harmonises the criminal offences of the Parties (illegal access, interception, data and system interference, computer-related forgery and fraud, child pornography, infringements of copyright), gives their authorities procedural powers such as the expedited preservation of stored data, production orders, search and seizure and the interception of data, and sets up fast and effective international co-operation, including a network of points of contact available 24 hours a day, 7 days a week.</p>'
        || '<p>It is open to the member States of the Council of Europe and the non-member States that took part in its elaboration, and to the accession of other non-member States. It is a guideline for any country developing comprehensive national legislation against cybercrime.</p>',
        '2001-11-23', 'Budapest', '2004-07-01',
        '5 Ratifications including at least 3 member States of the Council of Europe', 3, 5),
       ('ETS', 189,
        'Additional Protocol to the Convention on Cybercrime, concerning the criminalisation of acts of a racist and xenophobic nature committed through computer systems',
        'Protocol on Xenophobia and Racism',
        '<p>The Protocol extends the scope of the Convention on Cybercrime, including its substantive, procedural and international co-operation provisions, to offences of racist and xenophobic propaganda committed through computer systems: their dissemination, threats and insults motivated by racism or xenophobia, and the denial, gross minimisation, approval or justification of genocide or crimes against humanity.</p>'
        || '<p>Only States that are Parties to the Convention may become Parties to the Protocol.</p>',
        '2003-01-28', 'Strasbourg', '2006-03-01', '5 Ratifications', 3, 5)
on conflict (number) do nothing;

-- ETS 185: ratifications by the end of 2008 (23) ----------------------------------------

with source (chart) as (
    values ('Council of Europe Treaty Office, chart of signatures and ratifications of treaty 185 (status as of 18/06/2004 and 03/12/2015)'))
insert into treaty_party (treaty_id, country_code, signature_date, consent_date, consent_kind, source_note,
                          source_published)
select t.id, v.code, v.signed::date, v.deposited::date, 'RATIFICATION',
       case v.checked
           when 'both' then s.chart
           when 'signature' then 'Signature: ' || s.chart || '. The ratification date is not checked against a source.'
           else '' end,
       v.checked <> 'none'
from treaty t, source s,
     (values ('AL', '2001-11-23', '2002-06-20', 'both'),
             ('AM', '2001-11-23', '2006-10-12', 'both'),
             ('BA', '2005-02-09', '2006-05-19', 'both'),
             ('BG', '2001-11-23', '2005-04-07', 'both'),
             ('HR', '2001-11-23', '2002-10-17', 'both'),
             ('CY', '2001-11-23', '2005-01-19', 'both'),
             ('DK', '2003-04-22', '2005-06-21', 'both'),
             ('EE', '2001-11-23', '2003-05-12', 'both'),
             ('FI', '2001-11-23', '2007-05-24', 'both'),
             ('FR', '2001-11-23', '2006-01-10', 'both'),
             ('HU', '2001-11-23', '2003-12-04', 'both'),
             ('IS', '2001-11-30', '2007-01-29', 'signature'),
             ('IT', '2001-11-23', '2008-06-05', 'none'),
             ('LV', '2004-05-05', '2007-02-14', 'none'),
             ('LT', '2003-06-23', '2004-03-18', 'none'),
             ('NL', '2001-11-23', '2006-11-16', 'none'),
             ('NO', '2001-11-23', '2006-06-30', 'none'),
             ('RO', '2001-11-23', '2004-05-12', 'none'),
             ('SK', '2005-02-04', '2008-01-08', 'none'),
             ('SI', '2002-07-24', '2004-09-08', 'none'),
             ('MK', '2001-11-23', '2004-09-15', 'none'),
             ('UA', '2001-11-23', '2006-03-10', 'none'),
             ('US', '2001-11-23', '2006-09-29', 'none')) as v(code, signed, deposited, checked)
where t.number = 185
on conflict (treaty_id, country_code) do nothing;

-- ETS 185: signatures not followed by ratification by the end of 2008 -----------------

with source (chart, series) as (
    values ('Council of Europe Treaty Office, chart of signatures and ratifications of treaty 185 (status as of 18/06/2004 and 03/12/2015)',
            'Netherlands Treaty Series, Trb. 2007, 10'))
insert into treaty_party (treaty_id, country_code, signature_date, source_note, source_published)
select t.id, v.code, v.signed::date,
       case v.checked
           when 'chart' then s.chart
           when 'news' then s.chart || '; the portal''s news of 30 June 2008 (Azerbaijan signs the Convention on Cybercrime)'
           when 'series' then s.series
           else '' end,
       v.checked <> 'none'
from treaty t, source s,
     (values ('AT', '2001-11-23', 'chart'),
             ('AZ', '2008-06-30', 'news'),
             ('BE', '2001-11-23', 'chart'),
             ('CZ', '2005-02-09', 'chart'),
             ('GE', '2008-04-01', 'chart'),
             ('DE', '2001-11-23', 'chart'),
             ('GR', '2001-11-23', 'chart'),
             ('IE', '2002-02-28', 'series'),
             ('LU', '2003-01-28', 'series'),
             ('MD', '2001-11-23', 'none'),
             ('PL', '2001-11-23', 'none'),
             ('PT', '2001-11-23', 'none'),
             ('ES', '2001-11-23', 'none'),
             ('SE', '2001-11-23', 'none'),
             ('CH', '2001-11-23', 'none'),
             ('GB', '2001-11-23', 'none'),
             ('CA', '2001-11-23', 'none'),
             ('JP', '2001-11-23', 'none'),
             ('ZA', '2001-11-23', 'none')) as v(code, signed, checked)
where t.number = 185
on conflict (treaty_id, country_code) do nothing;

-- ETS 189: ratifications (12) and signatures (14) by the end of 2008 ---------------------
-- Entry into force for each State follows from the treaty's rule (3 months, never before
-- 1 March 2006); the source gives the same dates.

insert into treaty_party (treaty_id, country_code, signature_date, consent_date, consent_kind, source_note,
                          source_published)
select t.id, v.code, v.signed::date, v.deposited::date, case when v.deposited is not null then 'RATIFICATION' end,
       'Netherlands treaty database, entry 010573 (mirrors the depositary''s chart)', true
from treaty t,
     (values ('AL', '2003-05-26', '2004-11-26'),
             ('AM', '2003-01-28', '2006-10-12'),
             ('BA', '2005-02-09', '2006-05-19'),
             ('HR', '2003-03-26', '2008-07-04'),
             ('CY', '2005-01-19', '2005-06-23'),
             ('DK', '2004-02-11', '2005-06-21'),
             ('FR', '2003-01-28', '2006-01-10'),
             ('LV', '2004-05-05', '2007-02-14'),
             ('LT', '2005-04-07', '2006-10-12'),
             ('MK', '2005-11-14', '2005-11-14'),
             ('NO', '2008-04-29', '2008-04-29'),
             ('UA', '2005-04-08', '2006-12-21'),
             ('BE', '2003-01-28', null),
             ('EE', '2003-01-28', null),
             ('FI', '2003-01-28', null),
             ('DE', '2003-01-28', null),
             ('GR', '2003-01-28', null),
             ('LU', '2003-01-28', null),
             ('MT', '2003-01-28', null),
             ('NL', '2003-01-28', null),
             ('MD', '2003-04-25', null),
             ('IS', '2003-10-09', null),
             ('CH', '2003-10-09', null),
             ('ME', '2005-04-07', null),
             ('CA', '2005-07-08', null),
             ('LI', '2008-11-17', null)) as v(code, signed, deposited)
where t.number = 189
on conflict (treaty_id, country_code) do nothing;

-- Statements, contained in the instruments of ratification. Only summaries whose
-- substance could be checked; the authentic texts are the Treaty Office's.

insert into treaty_statement (party_id, kind, statement_date, articles, text, source_note, source_published)
select p.id, v.kind, v.made::date, v.articles, v.text, v.source, true
from treaty_party p join treaty t on t.id = p.treaty_id,
     (values ('LV', 'RESERVATION', '2007-02-14', 'Article 22, paragraph 1.d; Article 29, paragraph 4',
              'Summary: Latvia reserves the right not to establish jurisdiction over an offence committed by one of its nationals outside its territory if the offence is punishable under the criminal law of the place where it was committed (Article 22, paragraph 1.d), and makes the reservation provided for in Article 29, paragraph 4 (refusal of preservation requests where dual criminality is not fulfilled). Contained in the instrument of ratification deposited on 14 February 2007 and completed by a letter of 31 May 2007. The authentic text is kept by the Treaty Office.',
              'Law on the Convention on Cybercrime and its Additional Protocol (Saeima); the instrument of ratification deposited on 14 February 2007 and the letter of 31 May 2007 completing it'),
             ('LV', 'AUTHORITY', '2007-02-14', 'Articles 24, 27 and 35',
              'Summary: the Prosecutor General''s Office is the authority under Article 24 (extradition), the Ministry of Justice the central authority under Article 27 (mutual assistance), and the State Police the 24/7 point of contact under Article 35.',
              'Law on the Convention on Cybercrime and its Additional Protocol (Saeima)'),
             ('DK', 'TERRITORIAL_APPLICATION', '2005-06-21', 'Article 38',
              'Summary: the Convention does not apply to the Faroe Islands and Greenland. The authentic text is kept by the Treaty Office.',
              'Council of Europe Treaty Office, chart of signatures and ratifications of treaty 185 (marked "T.")'))
         as v(code, kind, made, articles, text, source)
where t.number = 185 and p.country_code = v.code
  and not exists (select 1 from treaty_statement s where s.party_id = p.id and s.kind = v.kind);

-- French versions (issue 14, ADR 18): the official French titles of the Treaty Office
-- (STE n° 185 and STE n° 189); the short title of ETS 189 and both summaries are written
-- for this site. Inserted only where a treaty has no French version yet; `based_on` is
-- the fingerprint of the original as it stands (TextFingerprint: each field's UTF-8 bytes
-- followed by a zero byte), so the translation is not flagged as out of date.
insert into treaty_translation (treaty_id, language, title, short_title, summary, based_on, updated_at)
select t.id, 'fr', v.title, v.short_title, v.summary,
       encode(sha256(convert_to(t.title, 'UTF8') || '\x00'::bytea || convert_to(t.short_title, 'UTF8')
           || '\x00'::bytea || convert_to(t.summary, 'UTF8') || '\x00'::bytea), 'hex'),
       now()
from treaty t join (values
    (185, 'Convention sur la cybercriminalité', 'Convention sur la cybercriminalité',
     '<p>La Convention est le premier traité international sur les infractions commises par le biais de l’internet et d’autres réseaux informatiques. Elle harmonise les infractions pénales des Parties (accès illégal, interception illégale, atteintes à l’intégrité des données et du système, falsification et fraude informatiques, pornographie enfantine, atteintes à la propriété intellectuelle), donne à leurs autorités des pouvoirs de procédure tels que la conservation rapide des données stockées, l’injonction de produire, la perquisition et la saisie et l’interception de données, et met en place une coopération internationale rapide et efficace, dont un réseau de points de contact joignables 24 heures sur 24, 7 jours sur 7.</p>'
     || '<p>Elle est ouverte aux États membres du Conseil de l’Europe et aux États non membres qui ont participé à son élaboration, ainsi qu’à l’adhésion d’autres États non membres. Elle sert de ligne directrice à tout pays qui élabore une législation nationale complète contre la cybercriminalité.</p>'),
    (189, 'Protocole additionnel à la Convention sur la cybercriminalité, relatif à l''incrimination d''actes de nature raciste et xénophobe commis par le biais de systèmes informatiques',
     'Protocole sur la xénophobie et le racisme',
     '<p>Le Protocole étend le champ de la Convention sur la cybercriminalité, y compris ses dispositions de fond, de procédure et de coopération internationale, aux infractions de propagande raciste et xénophobe commises par le biais de systèmes informatiques : leur diffusion, les menaces et insultes motivées par le racisme ou la xénophobie, ainsi que la négation, la minimisation grossière, l’approbation ou la justification du génocide ou des crimes contre l’humanité.</p>'
     || '<p>Seuls les États parties à la Convention peuvent devenir Parties au Protocole.</p>')
) as v(number, title, short_title, summary) on t.number = v.number
on conflict (treaty_id, language) do nothing;
