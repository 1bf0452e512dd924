-- Volume data for benchmarks (issue 6): 10,000 news items and press releases of about
-- 600 words, country profiles for 200 countries, 500 events and 2,000 documents with
-- extracted text (when their tables exist), then ANALYZE.
--
--   psql -h 127.0.0.1 -p PORT -U postgres -d postgres -v ON_ERROR_STOP=1 -f bench/generate.sql
--
-- FOR BENCHMARK DATABASES ONLY. Every row it makes is recognisable: slugs start with
-- "bench-", profiles and statements carry the marker "[bench]"; a new run deletes those
-- first, so running it twice gives the same data (random() is seeded). It also adds the
-- treaties ETS 185, ETS 189 and CETS 224, the categories of the demo content and States'
-- records where they are missing (on conflict do nothing) and never deletes those.
-- Text is built from sentence templates and word lists about cybercrime, treaties,
-- countries and conferences, with the words the queries of bench/search.lua look for.
\set QUIET on
\timing off
set client_min_messages = notice;
-- One process, one order of random() calls: the same data on every run.
set max_parallel_workers_per_gather = 0;
set synchronous_commit = off;
\o /dev/null
select setseed(0.20081030);
\o

-- Forget an earlier run --------------------------------------------------------------

do $$
declare
    files bigint[];
begin
    if to_regclass('document') is not null then
        -- The documents (and their files' rows) first, then the stored files they held.
        execute $q$select array(select f.file_id from document_file f join document d on d.id = f.document_id
                    where d.slug like 'bench-%')$q$ into files;
        execute $q$delete from document where slug like 'bench-%'$q$;
        execute $q$delete from stored_file where id = any($1)$q$ using files;
    end if;
    if to_regclass('event') is not null then
        execute $q$delete from event where slug like 'bench-%'$q$;
    end if;
end $$;
delete from article where slug like 'bench-%';
delete from country_profile where sources like '%[bench]%';
delete from treaty_statement where text like '[bench]%';

-- Words ------------------------------------------------------------------------------

-- pg_temp.pick(slot) returns a random word or phrase of a kind; the countries are the
-- names in the country table, read once when the function is made.
do $do$
declare
    countries text[];
begin
    select array_agg(name order by code) into countries from country;
    execute format($f$
create function pg_temp.pick(slot text) returns text language plpgsql volatile as $b$
declare
    words text[];
begin
    words := case slot
        when 'country' then %L::text[]
        when 'city' then array['Strasbourg', 'Budapest', 'Brussels', 'Geneva', 'Vienna', 'The Hague', 'Bucharest',
            'Baku', 'Tbilisi', 'Kyiv', 'Chisinau', 'Belgrade', 'Sarajevo', 'Skopje', 'Tirana', 'Yerevan',
            'Colombo', 'Manila', 'Dakar', 'Accra', 'Rabat', 'Tunis', 'Santo Domingo', 'Bogota', 'San Jose',
            'Tokyo', 'Canberra', 'Washington', 'Ottawa', 'Lisbon', 'Madrid', 'Rome', 'Berlin', 'Paris',
            'Warsaw', 'Prague', 'Tallinn', 'Riga', 'Vilnius', 'Ankara', 'Moscow', 'Cairo', 'Abuja', 'Nairobi',
            'Strasbourg', 'Strasbourg', 'Budapest']
        when 'org' then array['the Council of Europe', 'the European Union', 'the Cybercrime Convention Committee',
            'the T-CY', 'the Cybercrime Programme Office', 'the European Court of Human Rights', 'Interpol',
            'Europol', 'the United Nations Office on Drugs and Crime', 'the OSCE', 'the Organization of American States',
            'the African Union', 'the Commonwealth Secretariat', 'the Committee of Ministers', 'the Parliamentary Assembly',
            'the Venice Commission', 'the Lanzarote Committee', 'MONEYVAL', 'the GRECO', 'the Treaty Office',
            'the Octopus community', 'the European Data Protection Board', 'the G7 24/7 Network']
        when 'actor' then array['judges', 'prosecutors', 'investigators', 'police officers', 'legislators',
            'law enforcement authorities', 'criminal justice authorities', 'service providers', 'internet service providers',
            'experts', 'policy makers', 'ministries of justice', 'national delegations', 'data protection authorities',
            'computer emergency response teams', 'forensic specialists', 'financial investigators', 'trainers',
            'parliamentarians', 'civil society organisations', 'academia', 'the private sector', 'magistrates']
        when 'offence' then array['illegal access', 'illegal interception', 'data interference', 'system interference',
            'misuse of devices', 'computer-related forgery', 'computer-related fraud', 'child sexual abuse material',
            'online child sexual exploitation', 'grooming', 'ransomware', 'phishing', 'identity theft', 'botnets',
            'denial of service attacks', 'malware', 'online fraud', 'infringements of copyright', 'cyberstalking',
            'xenophobic propaganda', 'racist content', 'money laundering', 'cyber-violence', 'hate speech',
            'attacks against critical infrastructure', 'card fraud', 'cryptocurrency fraud', 'sextortion']
        when 'power' then array['expedited preservation of stored computer data', 'production orders',
            'search and seizure of stored computer data', 'real-time collection of traffic data',
            'interception of content data', 'partial disclosure of traffic data', 'subscriber information requests',
            'preservation requests', 'access to electronic evidence', 'cross-border access to data',
            'disclosure of domain name registration information', 'emergency mutual assistance', 'joint investigation teams',
            'video conferencing', 'direct cooperation with service providers', 'data protection safeguards']
        when 'topic' then array['cybercrime legislation', 'electronic evidence', 'international cooperation',
            'mutual assistance', 'mutual legal assistance', 'data protection', 'the protection of personal data',
            'capacity building', 'judicial training', 'cloud computing', 'criminal justice access to data',
            'the rule of law on the internet', 'human rights and cybercrime', 'cybersecurity strategies',
            'public-private cooperation', 'the protection of children online', 'online crime proceeds',
            'the harmonisation of criminal law', 'procedural law', 'the 24/7 points of contact', 'extradition',
            'jurisdiction', 'artificial intelligence and crime', 'the darknet', 'virtual currencies', 'election interference',
            'the Second Additional Protocol', 'the Budapest Convention', 'conditions and safeguards', 'encryption']
        when 'treaty' then array['the Convention on Cybercrime', 'the Budapest Convention', 'the Cybercrime Convention',
            'the Convention on Cybercrime (ETS 185)', 'the Additional Protocol on xenophobia and racism (ETS 189)',
            'the Second Additional Protocol on enhanced co-operation and disclosure of electronic evidence (CETS 224)',
            'the Lanzarote Convention', 'Convention 108+', 'the Convention for the protection of individuals with regard to the processing of personal data',
            'the Convention on Cybercrime']
        when 'act' then array['ratified', 'signed', 'acceded to', 'deposited the instrument of ratification of',
            'completed the ratification of', 'approved', 'was invited to accede to', 'requested accession to',
            'began the procedure for the ratification of', 'implemented']
        when 'event' then array['the Octopus Conference', 'the Octopus Interface conference', 'the plenary of the T-CY',
            'a regional workshop', 'a national workshop', 'an international conference', 'a training of trainers',
            'a round table', 'an expert meeting', 'a study visit', 'a legislative drafting workshop', 'a summer school',
            'a webinar', 'a high-level conference', 'the annual meeting of the 24/7 points of contact', 'a mock trial exercise']
        when 'adj' then array['effective', 'comprehensive', 'national', 'regional', 'international', 'new', 'draft',
            'revised', 'consistent', 'strong', 'practical', 'complementary', 'timely', 'specialised', 'multilateral',
            'reliable', 'coherent', 'appropriate', 'independent', 'sustainable', 'cross-border', 'legal', 'common']
        when 'doc' then array['law', 'draft law', 'bill', 'amendment to the criminal code', 'criminal procedure code',
            'strategy', 'action plan', 'guidance note', 'assessment report', 'draft report', 'draft opinion',
            'study', 'mapping study', 'training manual', 'memorandum of understanding', 'declaration', 'roadmap',
            'questionnaire', 'guidelines', 'model provisions', 'recommendation', 'decree', 'regulation']
        when 'verb' then array['discussed', 'reviewed', 'examined', 'adopted', 'presented', 'welcomed', 'supported',
            'endorsed', 'assessed', 'prepared', 'finalised', 'considered', 'underlined', 'agreed on', 'launched',
            'addressed', 'debated', 'analysed', 'highlighted', 'strengthened', 'promoted', 'evaluated']
        when 'goal' then array['strengthen', 'improve', 'harmonise', 'support', 'reinforce', 'facilitate', 'promote',
            'develop', 'align', 'modernise', 'enhance', 'assess', 'speed up', 'simplify']
        when 'month' then array['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
            'September', 'October', 'November', 'December']
        when 'rare' then array['steganography', 'cryptojacking', 'typosquatting', 'keylogger', 'rootkit', 'spoofing',
            'skimming', 'carding', 'doxing', 'swatting', 'deepfake', 'smishing', 'vishing', 'pharming', 'honeypot',
            'sinkholing', 'blockchain analysis', 'onion routing', 'zero-day vulnerabilities', 'bulletproof hosting',
            'money mules', 'crypto mixers', 'spyware', 'stalkerware', 'firmware', 'SIM swapping', 'watering hole attacks',
            'cyber-laundering', 'darkweb marketplaces', 'IoT devices', 'insider threats', 'typosquatted domains',
            'quantum computing', 'remote forensics', 'chain of custody', 'hash values', 'metadata', 'geolocation data',
            'IP addresses', 'WHOIS data', 'mutual recognition', 'habeas data', 'proportionality', 'dual criminality']
        end;
    return words[1 + floor(random() * cardinality(words))::int];
end $b$ $f$, countries);
end $do$;

-- pg_temp.sentence() fills a random template: {slot} becomes pick('slot'), {year} a year
-- from 2000 to 2026, {n} a small number.
create function pg_temp.sentence() returns text language plpgsql volatile as $$
declare
    templates constant text[] := array[
        '{country} {act} {treaty} in {month} {year}, bringing the number of Parties to {n}.',
        'The ratification by {country} follows the adoption of a {adj} {doc} on {offence} and {offence}.',
        'Representatives of {org} and {country} {verb} {topic} at {event} held in {city} on {n} {month} {year}.',
        'Participants {verb} the {adj} {doc} of {country} in the light of {treaty}.',
        'The {doc} criminalises {offence}, {offence} and {offence}, and gives {actor} the powers of {power}.',
        'More than {n} {actor} from {n} countries attended {event} in {city}.',
        '{event} {year} brought together {actor}, {actor} and {actor} to {goal} {topic}.',
        'The aim of the activity was to {goal} the capacities of {actor} in {topic} and {topic}.',
        'Speakers underlined that {power} and {power} are essential for {actor} investigating {offence}.',
        'The {adj} {doc} was {verb} by {org} in {city} and will be published in {month}.',
        'According to {org}, {offence} and {rare} remain among the most serious threats faced by {actor}.',
        'The workshop in {city} {verb} {rare}, {rare} and the {adj} challenges of {topic}.',
        '{country} requested the support of {org} to {goal} its {doc} on {offence}.',
        'Under {treaty}, Parties must provide {topic} to the widest extent possible, including {power}.',
        'Experts from {country} and {country} {verb} the {adj} use of {power} in cases of {offence}.',
        'The {event} in {city} focused on {topic}, {topic} and the role of {actor}.',
        'The Convention on Cybercrime, opened for signature in Budapest in 2001, remains the most relevant {adj} treaty on {topic}.',
        'The {adj} {doc} of {country} is now largely in line with {treaty}, according to the assessment of {org}.',
        'Mutual assistance requests concerning {offence} took on average {n} months, which {actor} considered too long.',
        'The Committee {verb} a {adj} guidance note on {rare} and on {power}.',
        'Delegations from {n} States {verb} the {adj} {doc} on {topic} during the plenary in Strasbourg.',
        'The project supports {country}, {country} and {country} in {topic} and in the training of {actor}.',
        'In {year}, {country} was invited to accede to {treaty}, which it is expected to ratify in {year}.',
        'The meeting also {verb} {topic} and the need for {adj} safeguards for {rare}.',
        'Training materials on {offence} and {rare} were translated and delivered to {n} {actor}.',
        'The Secretariat will prepare a {adj} {doc} on {topic} for the next meeting in {month} {year}.',
        'Since {year}, {actor} in {country} have handled more than {n} cases of {offence}.',
        'Participants agreed that {topic} requires {adj} cooperation between {actor} and {actor}.',
        'The press release of {org} on {topic} was published on {n} {month} {year} in Strasbourg.',
        'Data protection and {topic} were the themes of the {adj} session chaired by {org}.',
        'The delegation of {country} presented its experience with {power} and {rare}.',
        '{org} called on all States to {goal} {topic} and to join {treaty} without delay.'];
    result text;
    slot text;
begin
    result := templates[1 + floor(random() * cardinality(templates))::int];
    loop
        slot := substring(result from '\{([a-z]+)\}');
        exit when slot is null;
        result := regexp_replace(result, '\{' || slot || '\}',
            case slot
                when 'year' then (2000 + floor(random() * 27))::text
                when 'n' then (2 + floor(random() * 120))::text
                else replace(pg_temp.pick(slot), '\', '\\')
            end);
    end loop;
    return upper(left(result, 1)) || substr(result, 2);
end $$;

-- pg_temp.paragraphs(words) returns HTML paragraphs of random sentences, about that many
-- words long.
create function pg_temp.paragraphs(words int) returns text language plpgsql volatile as $$
declare
    html text := '';
    paragraph text := '';
    sentence text;
    total int := 0;
    in_paragraph int := 0;
begin
    while total < words loop
        sentence := pg_temp.sentence();
        total := total + array_length(regexp_split_to_array(sentence, '\s+'), 1);
        paragraph := paragraph || case when in_paragraph > 0 then ' ' else '' end || sentence;
        in_paragraph := in_paragraph + 1;
        if in_paragraph >= 4 + floor(random() * 4) or total >= words then
            html := html || '<p>' || replace(replace(paragraph, '&', '&amp;'), '<', '&lt;') || '</p>';
            paragraph := '';
            in_paragraph := 0;
        end if;
    end loop;
    return html;
end $$;

create function pg_temp.title() returns text language plpgsql volatile as $$
declare
    templates constant text[] := array[
        '{country} ratifies the Convention on Cybercrime',
        '{country} signs the Second Additional Protocol',
        'Ratification of the Budapest Convention by {country}',
        'Octopus Conference {year}: {topic}',
        'Octopus Interface conference on {topic}, {city} {year}',
        'Workshop on {offence} for {actor} in {city}',
        'Training on {topic} for {actor} of {country}',
        '{org} and {country} cooperate on {topic}',
        'T-CY plenary adopts a guidance note on {rare}',
        'Conference on {topic} in {city}',
        'New {doc} on {offence} in {country}',
        '{country}: {adj} {doc} on cybercrime reviewed',
        'Regional meeting on {topic} in {city}',
        'Press release: {org} welcomes the accession of {country}',
        '{country} joins the 24/7 network of points of contact',
        'Study on {topic} published',
        'Mutual assistance and {topic}: conclusions of the {city} meeting',
        'Data protection and cybercrime: {city} round table'];
    result text;
    slot text;
begin
    result := templates[1 + floor(random() * cardinality(templates))::int];
    loop
        slot := substring(result from '\{([a-z]+)\}');
        exit when slot is null;
        result := regexp_replace(result, '\{' || slot || '\}',
            case slot when 'year' then (2000 + floor(random() * 27))::text else replace(pg_temp.pick(slot), '\', '\\') end);
    end loop;
    return upper(left(result, 1)) || substr(result, 2);
end $$;

create function pg_temp.slug(n int, title text) returns text language sql immutable as $$
    select left('bench-' || n || '-' || trim(both '-' from regexp_replace(lower(title), '[^a-z0-9]+', '-', 'g')), 200)
$$;

-- A publication state and time: 95% published in the past, the rest drafts, scheduled
-- (published in the future) and withdrawn. Past times lean towards recent years.
create function pg_temp.publication(out state text, out publish_at timestamptz) language plpgsql volatile as $$
declare
    r double precision := random();
    past timestamptz := timestamptz '2000-01-01 09:00:00+00'
        + (now() - timestamptz '2000-01-01 09:00:00+00' - interval '1 day') * sqrt(random());
begin
    if r < 0.95 then
        state := 'PUBLISHED'; publish_at := past;
    elsif r < 0.97 then
        state := 'DRAFT'; publish_at := null;
    elsif r < 0.985 then
        state := 'PUBLISHED'; publish_at := now() + interval '1 day' * (1 + floor(random() * 60));
    else
        state := 'WITHDRAWN'; publish_at := past;
    end if;
end $$;

-- Treaties, categories and States' records that the pages show ------------------------

insert into treaty (series, number, title, short_title, summary, opened_on, opened_place, entry_into_force,
                    entry_into_force_condition, months_after_deposit)
values ('ETS', 185, 'Convention on Cybercrime', 'Convention on Cybercrime',
        '<p>The first international treaty on crimes committed via the Internet and other computer networks.</p>',
        '2001-11-23', 'Budapest', '2004-07-01', '5 Ratifications including at least 3 member States', 3),
       ('ETS', 189, 'Additional Protocol to the Convention on Cybercrime, concerning the criminalisation of acts of a racist and xenophobic nature committed through computer systems',
        'Protocol on Xenophobia and Racism', '<p>Extends the Convention to racist and xenophobic propaganda.</p>',
        '2003-01-28', 'Strasbourg', '2006-03-01', '5 Ratifications', 3),
       ('CETS', 224, 'Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence',
        'Second Additional Protocol', '<p>Tools for enhanced co-operation and disclosure of electronic evidence.</p>',
        '2022-05-12', 'Strasbourg', null, '5 Ratifications', 3)
on conflict (number) do nothing;

insert into category (slug, name) values
    ('workshops', 'Workshops'),
    ('conferences', 'Conferences'),
    ('treaty-actions', 'Treaty actions'),
    ('project-on-cybercrime', 'Project on Cybercrime'),
    ('t-cy', 'Cybercrime Convention Committee (T-CY)'),
    ('international-cooperation', 'International cooperation')
on conflict (slug) do nothing;

-- About 80 Parties and 20 signatories of ETS 185, fewer for the protocols; members
-- ratify after signing, others mostly accede without a signature.
insert into treaty_party (treaty_id, country_code, signature_date, consent_date, consent_kind)
select treaty_id, code, case when kind = 'ACCESSION' then null else signed end,
       case when kind is not null then signed + 100 + floor(r * (current_date - signed - 100))::int end, kind
from (select t.id as treaty_id, c.code, random() as r,
             t.opened_on + floor(random() * (current_date - t.opened_on - 400))::int as signed,
             case when random() < 0.8 then case when c.member or random() < 0.3 then 'RATIFICATION' else 'ACCESSION' end end
                 as kind
      from treaty t
      join (select code, member, row_number() over (order by md5(code)) as rank from country) c
          on c.rank <= case t.number when 185 then 100 when 189 then 45 else 50 end
      where t.number in (185, 189, 224)) p
on conflict (treaty_id, country_code) do nothing;

insert into treaty_statement (party_id, kind, statement_date, articles, text)
select p.id, (array['RESERVATION', 'DECLARATION', 'AUTHORITY', 'COMMUNICATION'])[1 + floor(random() * 4)::int],
       coalesce(p.consent_date, p.signature_date), 'Article ' || (1 + floor(random() * 40))::int,
       '[bench] ' || pg_temp.sentence() || ' ' || pg_temp.sentence()
from treaty_party p, generate_series(1, 2) g
where random() < 0.4;

-- News items and press releases ----------------------------------------------------------

-- How many: psql -v items=100000 (bench/run.sh passes BENCH_ITEMS); 10,000 by default.
\if :{?items}
\else
\set items 10000
\endif
\echo generating :items news items and press releases of about 600 words ...
insert into article (kind, slug, title, summary, body, state, publish_at, first_published_at, created_at, updated_at)
select kind, pg_temp.slug(n, title), title, summary, body, (p).state, (p).publish_at,
       case when (p).state <> 'DRAFT' then (p).publish_at end,
       coalesce((p).publish_at, now()) - interval '2 days', coalesce((p).publish_at, now()) - interval '1 day'
from (select n, case when random() < 0.8 then 'NEWS' else 'PRESS_RELEASE' end as kind, pg_temp.title() as title,
             pg_temp.sentence() || ' ' || pg_temp.sentence() as summary, pg_temp.paragraphs(590) as body,
             pg_temp.publication() as p
      from generate_series(1, :items) n) a;

insert into article_category (article_id, category_id)
select a.id, c.id
from article a
cross join lateral (select id from category where random() < 0.3 or id = (a.id % 6) + (select min(id) from category)
                    order by id limit 2) c
where a.slug like 'bench-%'
on conflict do nothing;

-- Country profiles ------------------------------------------------------------------------

\echo generating country profiles for 200 countries ...
insert into country_profile (country_id, status_summary, legislation, policies, institutions, case_law, sources,
                             last_reviewed, point_of_contact, central_authority)
select c.id,
       '<p>' || c.name || ' ' || pg_temp.pick('act') || ' ' || pg_temp.pick('treaty') || ' in ' || (2002 + floor(random() * 24))::int
           || '.</p>' || pg_temp.paragraphs(80),
       pg_temp.paragraphs(300), pg_temp.paragraphs(150), pg_temp.paragraphs(120), pg_temp.paragraphs(150),
       '<p>[bench] generated profile of ' || c.name || '</p>',
       date '2016-01-01' + floor(random() * 3900)::int,
       '24/7 point of contact of ' || c.name, 'Central authority of ' || c.name
from (select * from country c where not exists (select 1 from country_profile p where p.country_id = c.id)
      order by md5(c.code) limit greatest(0, 200 - (select count(*) from country_profile))) c;

-- Events, when the table exists -----------------------------------------------------------

do $$
begin
    if to_regclass('event') is null then
        raise notice 'no table "event": events skipped';
        return;
    end if;
    raise notice 'generating 500 events ...';
    begin
        insert into event (slug, title, summary, body, state, publish_at, first_published_at, all_day,
                           start_date, end_date, start_time, end_time, time_zone, starts_at, ends_at,
                           venue, city, country_code)
        select pg_temp.slug(n, title), title, summary, body, (p).state, (p).publish_at,
               case when (p).state <> 'DRAFT' then (p).publish_at end, all_day, start_date, start_date + days,
               case when not all_day then time '09:30' end, case when not all_day then time '17:30' end,
               case when not all_day then 'Europe/Paris' end,
               case when all_day then start_date::timestamp at time zone 'Europe/Paris'
                    else (start_date + time '09:30') at time zone 'Europe/Paris' end,
               case when all_day then (start_date + days + 1)::timestamp at time zone 'Europe/Paris'
                    else (start_date + days + time '17:30') at time zone 'Europe/Paris' end,
               'Palais de l''Europe', city, code
        from (select n, initcap(regexp_replace(pg_temp.pick('event'), '^(the|an|a) ', '')) || ' on '
                         || pg_temp.pick('topic') || ', ' || city as title,
                     city, code, pg_temp.sentence() as summary, pg_temp.paragraphs(250) as body,
                     random() < 0.3 as all_day, date '2000-01-01' + floor(random() * 10000)::int as start_date,
                     floor(random() * 3)::int as days, pg_temp.publication() as p
              from (select n, pg_temp.pick('city') as city,
                           (select code from country order by random() + n * 0 limit 1) as code
                    from generate_series(1, 500) n) c) e;
    exception when others then
        raise warning 'events skipped, the event table is not as expected: %', sqlerrm;
    end;
end $$;

-- Documents with their files and extracted text, when the tables exist --------------------

do $$
begin
    if to_regclass('document') is null or to_regclass('document_file') is null then
        raise notice 'no table "document" or "document_file": documents skipped';
        return;
    end if;
    raise notice 'generating 2,000 documents with extracted text ...';
    begin
        insert into document (slug, title, summary, body, state, publish_at, first_published_at, document_type,
                              document_date, treaty_number, event_id)
        select pg_temp.slug(n, title), title, summary, body, (p).state, (p).publish_at,
               case when (p).state <> 'DRAFT' then (p).publish_at end, type,
               (coalesce((p).publish_at, now()) at time zone 'Europe/Paris')::date, treaty_number, event_id
        from (select n, (array['TREATY_TEXT', 'EXPLANATORY_REPORT', 'REPORT', 'GUIDELINES', 'PROGRAMME',
                               'PRESENTATION', 'OTHER'])[1 + floor(random() * 7)::int] as type,
                     initcap(pg_temp.pick('doc')) || ' on ' || pg_temp.pick('topic') || ' (' || pg_temp.pick('country') || ')'
                         as title,
                     pg_temp.sentence() as summary, pg_temp.paragraphs(60) as body, pg_temp.publication() as p,
                     case when random() < 0.3 then (array[185, 189, 224])[1 + floor(random() * 3)::int] end as treaty_number,
                     case when random() < 0.2 then (select id from event where slug like 'bench-%' order by random() + n * 0 limit 1)
                     end as event_id
              from generate_series(1, 2000) n) d;

        if to_regclass('document_country') is not null then
            execute $q$insert into document_country (document_id, country_code)
                select d.id, c.code from document d
                cross join lateral (select code from country where random() < 0.01 + d.id * 0 limit 3) c
                where d.slug like 'bench-%' on conflict do nothing$q$;
        end if;

        -- One English file per document, a French one for a third; a few bytes of "PDF"
        -- stand for the file, the extracted text is what search reads.
        create temporary table bench_file on commit drop as
        select d.id as document_id, l.language, nextval(pg_get_serial_sequence('stored_file', 'id')) as file_id,
               convert_to('%PDF-1.4 bench ' || d.slug || ' ' || l.language, 'UTF8') as content, d.publish_at
        from document d cross join (values ('en'), ('fr')) l(language)
        where d.slug like 'bench-%' and (l.language = 'en' or random() < 0.33);

        insert into stored_file (id, content, size, sha256, content_type, original_name, created_at)
        select file_id, content, octet_length(content), encode(sha256(content), 'hex'), 'application/pdf',
               'document-' || document_id || '-' || language || '.pdf', coalesce(publish_at, now())
        from bench_file;

        insert into document_file (document_id, language, authentic, file_id, version, current, extracted_text, uploaded_at)
        select document_id, language, true, file_id, 1, true,
               regexp_replace(pg_temp.paragraphs(900 + floor(random() * 1200)::int), '<[^>]+>', E'\n', 'g'),
               coalesce(publish_at, now())
        from bench_file;
    exception when others then
        raise warning 'documents skipped, the document tables are not as expected: %', sqlerrm;
    end;
end $$;

\echo analyzing ...
analyze;

select 'articles' as what, count(*) filter (where slug like 'bench-%') as bench, count(*) as total,
       round(avg(array_length(regexp_split_to_array(portal_html_text(body), '\s+'), 1))) as avg_words
from article
union all
select 'country profiles', count(*) filter (where sources like '%[bench]%'), count(*), null from country_profile;
