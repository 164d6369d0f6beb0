# Sourced by the local checks that compare public security's dept_psb.resident with human resources' copy,
# dept_hrss.shared_resident (capturecheck, reconcilecheck). Needs bash, python3 and a MariaDB client.
# Shared columns: id_number, gender, birth_date, residence_address as they are, and name as hrss's grant masks it
# (Masking.NAME: 张三 → 张*, a compound surname kept whole: 欧阳娜娜 → 欧阳**).
DBP=${GX_DB_PORT:-3306}
SRC=${GX_CAPTURE_SOURCE:-dept_psb.resident}
DST=${GX_CAPTURE_SUBSCRIBER:-dept_hrss.shared_resident}
RES=${GX_CAPTURE_RESOURCE:-101001/000001}
q() { mariadb -h127.0.0.1 -P"$DBP" -uroot -N -B -e "$1" 2>&1; }
number() { case $1 in ''|*[!0-9]*) return 1;; esac; }

command -v mariadb >/dev/null || { echo "needs a MariaDB client: apt-get install mariadb-client"; exit 1; }
q "select 1" | grep -qx 1 || { echo "no database on 127.0.0.1:$DBP: start the stack with deploy/local/run"; exit 1; }

COMPOUND="'欧阳','司马','上官','诸葛','东方','皇甫','尉迟','公孙','慕容','长孙','宇文','司徒','令狐','夏侯','轩辕','端木','独孤','南宫','西门','百里','呼延','澹台','公冶','太史','申屠','万俟','闻人','赫连','钟离','濮阳'"
MASKED="case when name is null then null when char_length(name) <= 1 then '*'
  when char_length(name) >= 3 and left(name, 2) in ($COMPOUND) then concat(left(name, 2), repeat('*', char_length(name) - 2))
  else concat(left(name, 1), repeat('*', char_length(name) - 1)) end"
# One hash per row over the shared columns; NULL is told apart from every value.
hash() { echo "md5(concat_ws('|', id_number, coalesce($1, '~null~'), coalesce(gender, '~null~'),
  coalesce(birth_date, '~null~'), coalesce(residence_address, '~null~')))"; }
HSRC=$(hash "$MASKED")
HDST=$(hash name)
LIVE="deleted = 0"

# A fresh valid resident identity number (GB 11643 check character), from a division code of this run.
REGION="35$(printf '%04d' $((RANDOM % 9000 + 1000)))"
id_number() { python3 -c "
import random
W=[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
b='$REGION%04d%02d%02d%03d'%(random.randint(1950,2005),random.randint(1,12),random.randint(1,28),random.randint(0,999))
print(b+'10X98765432'[sum(int(a)*w for a,w in zip(b,W))%11])"; }

# insert_sql ID ADDRESS [UPDATED_AT-EXPRESSION]: a valid row (gender and birth date as the number says).
insert_sql() { local g=$(( ${1:16:1} % 2 == 1 ? 1 : 2 )) b="${1:6:4}-${1:10:2}-${1:12:2}"
  echo "insert into $SRC (id_number, name, gender, birth_date, ethnicity, residence_address, phone, status, updated_at)
    values ('$1', '王小明', '$g', '$b', '01', '$2', '13800000000', 'ALIVE', ${3:-now(3)})"; }

JOINED="from (select id_number, $HSRC h from $SRC where $LIVE) s left join (select id_number, $HDST h from $DST) d
  on d.id_number = s.id_number"
# Rows the hub refused (quarantined, e.g. a gender that contradicts the number) never reach the subscriber, or
# leave it at the last accepted version: they differ by design and are counted apart.
QUARANTINED="binary s.id_number in (select binary record_key from gx_exchange.quarantine_record
  where resource_code = '$RES' and record_key is not null)"
# Without the hub's database (gx_exchange) nothing counts as quarantined.
number "$(q "select count(*) from gx_exchange.quarantine_record where 1 = 0")" || QUARANTINED=false

# compare_tables: the whole tables row by row. Sets equal, different, missing (at the subscriber), extra (at the
# subscriber), unexplained (different or missing without a quarantine) and held (quarantined); returns 2 when the
# queries failed, 1 when anything is unexplained or extra, else 0.
compare_tables() {
  # One statement for the four counts, so they describe the same moment while rows still move.
  read -r equal different missing unexplained <<< "$(q "select count(case when d.h = s.h then 1 end),
    count(case when d.h <> s.h then 1 end), count(case when d.h is null then 1 end),
    count(case when (d.h is null or d.h <> s.h) and not ($QUARANTINED) then 1 end) $JOINED")"
  extra=$(q "select count(*) from $DST d where not exists (select 1 from $SRC s where s.id_number = d.id_number and s.$LIVE)")
  if ! number "$equal" || ! number "$different" || ! number "$missing" || ! number "$extra" || ! number "$unexplained"; then
    echo "  the comparison query failed: $equal $different $missing $extra $unexplained"; return 2
  fi
  held=$(( different + missing - unexplained ))
  echo "  source rows (live): $((equal + different + missing)); equal $equal, different $different, missing at the subscriber $missing, extra at the subscriber $extra; held back by the hub's quarantine $held"
  [ "$unexplained" = 0 ] && [ "$extra" = 0 ]
}

# The first keys that differ, for a failure message.
differing_keys() {
  q "select s.id_number, if(d.h is null, 'missing', 'different') $JOINED where (d.h is null or d.h <> s.h)
     and not ($QUARANTINED) limit 5" | sed 's/^/         /'
}
