-- How many ratifications (or accessions) the treaty's entry into force required, as its
-- condition says ("5 Ratifications including at least 3 member States"). A treaty in
-- force with fewer of them recorded has incomplete records: its pages say "Records being
-- completed" instead of showing a treaty in force without Parties. Null: not given; a
-- treaty in force has at least one, so none recorded is incomplete whatever the number.
alter table treaty add column ratifications_required integer
    check (ratifications_required between 1 and 1000);

-- ETS 185 and ETS 189: "5 Ratifications" (Council of Europe Treaty Office, charts of
-- treaties 185 and 189), where an admin has not set it.
update treaty set ratifications_required = 5
where series = 'ETS' and number in (185, 189) and ratifications_required is null;
