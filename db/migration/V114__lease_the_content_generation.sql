-- Leases on the content generation (issue 16, ADR 25). A node that read the generation
-- through portal_lease_content_generation may serve kept pages of it without asking again
-- until its lease ends; a commit that moves the generation first waits until every lease
-- taken before it has ended. So a change still shows on the very next request on every
-- node, and a kept page costs no query while its node holds a lease.
--
-- Unlogged: a lease is worth nothing after a crash of PostgreSQL (a restart takes longer
-- than any lease, at most a second), and taking one writes no WAL and waits for no disk.
create unlogged table content_lease (
    node uuid primary key,
    valid_until timestamptz not null
);

-- Takes or renews a node's lease, then reads the generation. In one call, so one round
-- trip. The read is a statement of its own: when a commit that moves the generation holds
-- the table's lock, the insert waits for it, and the read, with a snapshot taken after,
-- sees that commit.
create function portal_lease_content_generation(lease_node uuid, lease_millis integer) returns bigint
    language plpgsql volatile as $$
begin
    insert into content_lease (node, valid_until)
        values (lease_node, clock_timestamp() + lease_millis * interval '1 millisecond')
        on conflict (node) do update set valid_until = excluded.valid_until;
    return (select value from content_generation);
end
$$;

-- At the commit of a transaction that moved the generation: no new lease is taken from
-- here on (the lock), and the commit waits until the last lease taken before has ended.
-- A snapshot older than the lock (repeatable read, serializable) may not see the newest
-- leases: such a commit waits as long as the longest lease allowed.
create function portal_wait_for_content_leases() returns trigger
    language plpgsql as $$
declare
    lease_end timestamptz;
begin
    lock table content_lease in exclusive mode;
    if current_setting('transaction_isolation') = 'read committed' then
        select max(valid_until) into lease_end from content_lease;
    else
        lease_end := clock_timestamp() + interval '1 second';
    end if;
    while lease_end > clock_timestamp() loop
        perform pg_sleep(extract(epoch from lease_end - clock_timestamp()));
    end loop;
    return null;
end
$$;

create constraint trigger content_generation_leases after update on content_generation
    deferrable initially deferred for each row execute function portal_wait_for_content_leases();
