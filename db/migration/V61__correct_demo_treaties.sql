-- Corrections of the demo treaties for databases that loaded an earlier version of
-- db/demo/R__demo_treaties.sql (issue 12): Moldova's signature of ETS 189, the scope of
-- Latvia's reservation to ETS 185, the signatures of Ireland and Luxembourg (ETS 185),
-- every ETS 189 signature and ratification of 2008, and the sources of the records.
--
-- Demo content never overwrites an admin's work: a row is changed only while every field
-- an admin can edit is still what the earlier demo file inserted, a record is added only
-- for a State that has none for the treaty, and nothing is deleted. Each change goes to
-- the audit log. A database that never loaded the demo content (Flyway's history has no
-- R__demo_treaties.sql) is left alone; a new database gets the corrected demo file itself,
-- which Flyway runs after the versioned migrations.
do $$
begin
    if not exists (select 1 from "${flyway:defaultSchema}"."${flyway:table}"
                   where script = 'R__demo_treaties.sql' and success) then
        return;
    end if;

    -- ETS 189: Moldova signed on 25 April 2003 ------------------------------------------
    with corrected as (
        update treaty_party p
        set signature_date = date '2003-04-25',
            source_note = 'Netherlands treaty database, entry 010573 (mirrors the depositary''s chart)',
            source_published = true, updated_at = now(), version = p.version + 1
        from treaty t
        where t.id = p.treaty_id and t.number = 189 and p.country_code = 'MD'
          and p.signature_date = date '2003-03-25' and p.consent_date is null
          and p.entry_into_force_override is null and p.override_note = '' and p.notes = ''
          and p.source_note = ''
        returning p.id)
    insert into audit_entry (occurred_at, action, item_type, item_id, item_label, details)
    select now(), 'DEMO_DATA_CORRECTED', 'treaty-party', c.id, 'ETS 189 · Moldova',
           'Signature 2003-03-25 corrected to 2003-04-25 (Netherlands treaty database, entry 010573)'
    from corrected c;

    -- ETS 185: Latvia's reservation on Article 22, paragraph 1.d is narrower ------------
    with corrected as (
        update treaty_statement s
        set text = 'Summary: Latvia reserves the right not to establish jurisdiction over an offence committed by one of its nationals outside its territory if the offence is punishable under the criminal law of the place where it was committed (Article 22, paragraph 1.d), and makes the reservation provided for in Article 29, paragraph 4 (refusal of preservation requests where dual criminality is not fulfilled). Contained in the instrument of ratification deposited on 14 February 2007 and completed by a letter of 31 May 2007. The authentic text is kept by the Treaty Office.',
            source_note = 'Law on the Convention on Cybercrime and its Additional Protocol (Saeima); the instrument of ratification deposited on 14 February 2007 and the letter of 31 May 2007 completing it',
            source_published = true, updated_at = now(), version = s.version + 1
        from treaty_party p join treaty t on t.id = p.treaty_id
        where p.id = s.party_id and t.number = 185 and p.country_code = 'LV'
          and s.kind = 'RESERVATION' and s.statement_date = date '2007-02-14'
          and s.articles = 'Article 22, paragraph 1.d; Article 29, paragraph 4'
          and s.text = 'Summary: Latvia reserves the right not to apply the jurisdiction rule of Article 22, paragraph 1.d, to offences committed outside its territory, and makes the reservation provided for in Article 29, paragraph 4 (refusal of preservation requests where dual criminality is not fulfilled). The authentic text is kept by the Treaty Office.'
          and s.source_note = ''
        returning s.id)
    insert into audit_entry (occurred_at, action, item_type, item_id, item_label, details)
    select now(), 'DEMO_DATA_CORRECTED', 'treaty-statement', c.id, 'ETS 185 · Latvia · RESERVATION',
           'Text corrected: the reservation on Article 22, paragraph 1.d covers offences punishable where they were committed'
    from corrected c;

    -- Sources of the other statements, while their text is as loaded -------------------
    with sourced as (
        update treaty_statement s
        set source_note = v.source, source_published = true, updated_at = now(), version = s.version + 1
        from treaty_party p join treaty t on t.id = p.treaty_id,
             (values ('LV', 'AUTHORITY', 'Summary: the Prosecutor General''s Office is the authority under Article 24 (extradition), the Ministry of Justice the central authority under Article 27 (mutual assistance), and the State Police the 24/7 point of contact under Article 35.',
                      'Law on the Convention on Cybercrime and its Additional Protocol (Saeima)'),
                     ('DK', 'TERRITORIAL_APPLICATION', 'Summary: the Convention does not apply to the Faroe Islands and Greenland. The authentic text is kept by the Treaty Office.',
                      'Council of Europe Treaty Office, chart of signatures and ratifications of treaty 185 (marked "T.")'))
                 as v(code, kind, text, source)
        where p.id = s.party_id and t.number = 185 and p.country_code = v.code and s.kind = v.kind
          and s.text = v.text and s.source_note = ''
        returning s.id, p.country_code, s.kind)
    insert into audit_entry (occurred_at, action, item_type, item_id, item_label, details)
    select now(), 'DEMO_DATA_CORRECTED', 'treaty-statement', c.id, 'ETS 185 · ' || coalesce(n.name, c.country_code) || ' · ' || c.kind,
           'Source note added'
    from sourced c left join country n on n.code = c.country_code;

    -- ETS 185: sources of the records whose dates were checked, while they are as loaded
    with sourced as (
        update treaty_party p
        set source_note = case v.checked
                when 'both' then 'Council of Europe Treaty Office, chart of signatures and ratifications of treaty 185 (status as of 18/06/2004 and 03/12/2015)'
                when 'signature' then 'Signature: Council of Europe Treaty Office, chart of signatures and ratifications of treaty 185 (status as of 18/06/2004 and 03/12/2015). The ratification date is not checked against a source.'
                else 'Council of Europe Treaty Office, chart of signatures and ratifications of treaty 185 (status as of 18/06/2004 and 03/12/2015); the portal''s news of 30 June 2008 (Azerbaijan signs the Convention on Cybercrime)'
            end,
            source_published = true, updated_at = now(), version = p.version + 1
        from treaty t,
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
                     ('AT', '2001-11-23', null, 'both'),
                     ('AZ', '2008-06-30', null, 'news'),
                     ('BE', '2001-11-23', null, 'both'),
                     ('CZ', '2005-02-09', null, 'both'),
                     ('GE', '2008-04-01', null, 'both'),
                     ('DE', '2001-11-23', null, 'both'),
                     ('GR', '2001-11-23', null, 'both')) as v(code, signed, deposited, checked)
        where t.id = p.treaty_id and t.number = 185 and p.country_code = v.code
          and p.signature_date = v.signed::date and p.consent_date is not distinct from v.deposited::date
          and p.consent_kind is not distinct from (case when v.deposited is not null then 'RATIFICATION' end)
          and p.entry_into_force_override is null and p.override_note = '' and p.notes = ''
          and p.source_note = ''
        returning p.id, p.country_code)
    insert into audit_entry (occurred_at, action, item_type, item_id, item_label, details)
    select now(), 'DEMO_DATA_CORRECTED', 'treaty-party', c.id, 'ETS 185 · ' || coalesce(n.name, c.country_code),
           'Source note added'
    from sourced c left join country n on n.code = c.country_code;

    -- ETS 185: signatures of Ireland and Luxembourg, for States without a record --------
    with added as (
        insert into treaty_party (treaty_id, country_code, signature_date, source_note, source_published)
        select t.id, v.code, v.signed::date, 'Netherlands Treaty Series, Trb. 2007, 10', true
        from treaty t, (values ('IE', '2002-02-28'), ('LU', '2003-01-28')) as v(code, signed)
        where t.number = 185
        on conflict (treaty_id, country_code) do nothing
        returning id, country_code)
    insert into audit_entry (occurred_at, action, item_type, item_id, item_label, details)
    select now(), 'DEMO_DATA_CORRECTED', 'treaty-party', a.id, 'ETS 185 · ' || coalesce(n.name, a.country_code),
           'Record added (Netherlands Treaty Series, Trb. 2007, 10)'
    from added a left join country n on n.code = a.country_code;

    -- ETS 189: the signatures and ratifications of 2008, for States without a record ----
    -- (Moldova's record is corrected above, never added back if an admin removed it.)
    with added as (
        insert into treaty_party (treaty_id, country_code, signature_date, consent_date, consent_kind, source_note,
                                  source_published)
        select t.id, v.code, v.signed::date, v.deposited::date,
               case when v.deposited is not null then 'RATIFICATION' end,
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
                     ('IS', '2003-10-09', null),
                     ('CH', '2003-10-09', null),
                     ('ME', '2005-04-07', null),
                     ('CA', '2005-07-08', null),
                     ('LI', '2008-11-17', null)) as v(code, signed, deposited)
        where t.number = 189
        on conflict (treaty_id, country_code) do nothing
        returning id, country_code)
    insert into audit_entry (occurred_at, action, item_type, item_id, item_label, details)
    select now(), 'DEMO_DATA_CORRECTED', 'treaty-party', a.id, 'ETS 189 · ' || coalesce(n.name, a.country_code),
           'Record added (Netherlands treaty database, entry 010573)'
    from added a left join country n on n.code = a.country_code;
end
$$;
