# Writes a deterministic synthetic archive of N news articles about the conflict, as
# `Benchmarks/archive.sh` asks: one file per article under DIR/articles, with front matter and
# a body of 12 to 40 sentences — claims of varied parties, reporting verbs, counts, dates,
# places and quote styles, among sentences that carry no claim.
#
#   awk -v dir=DIR -v n=N -v per_clash=K -f Benchmarks/archive.awk
#
# Article i reports clash i / per_clash; clashes are 10 days apart from 1 January 1901, each
# around places of its own, so an archive of many clashes spreads over years and its incidents
# multiply as a real archive's do, while per_clash = N puts every article on one clash. Randomness comes from a fixed linear congruential generator, so
# the same N gives the same bytes on every machine.

function next_random() {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
}
# The high bits: the low bits of this generator repeat with a short period.
function pick(list, count) { return list[int(next_random() / 65536) % count + 1] }
function chance(count) { return int(next_random() / 65536) % count }
function day_name(day_number) { return weekdays[((day_number + 3) % 7 + 7) % 7 + 1] }
# The civil date of a day number (days since 1970-01-01), as YYYY-MM-DD and "D Month YYYY".
function civil(day_number,    z, era, doe, yoe, doy, mp, d, m, y) {
    z = day_number + 719468
    era = int(z / 146097)
    doe = z - era * 146097
    yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
    doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
    mp = int((5 * doy + 2) / 153)
    d = doy - int((153 * mp + 2) / 5) + 1
    m = mp < 10 ? mp + 3 : mp - 9
    y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    iso = sprintf("%04d-%02d-%02d", y, m, d)
    spoken = d " " months[m] " " y
}

BEGIN {
    seed = 20201027
    split("Monday Tuesday Wednesday Thursday Friday Saturday Sunday", weekdays, " ")
    split("January February March April May June July August September October November December", months, " ")
    np = split("Armenia's defence ministry|Azerbaijan's defence ministry|the Armenian foreign ministry|Azerbaijan's foreign ministry|the Karabakh authorities|Russia's foreign ministry|the European Union|the UN Secretary-General|the Kremlin|Baku|Yerevan|the ministry in Yerevan|officials in Baku", parties, "|")
    nb = split("Armenia's defence ministry|Azerbaijan's defence ministry|the Karabakh authorities|Baku|Yerevan|a spokesman for the Armenian army|Azerbaijan's border service", belligerents, "|")
    nv = split("said|stated|claimed|told reporters|reported|alleged|announced|insisted", verbs, "|")
    npl = split("Jermuk|Sotk|Goris|Kapan|Lachin|Tovuz|Kalbajar|Fuzuli|Stepanakert|Shusha|Agdam|Nakhchivan|Tegh|Nerkin Hand|Ishkhanasar", places, "|")
    nc = split("nearly 50|at least 105|three|12|two|about 30|more than 200|49|four|dozens of|45 to 49|seven", counts, "|")
    ns = split("Armenian|Azerbaijani", sides, "|")
    no = split("Caucasus Wire|Yerevan Daily|Baku Observer|Global Desk|Regional Monitor|Asia Minor News|Eastern Herald|Frontline Report", outlets, "|")
    nn = split("Markets in the capital were calm on the day.|The weather in the region remained cold, with snow in the mountains.|Diplomats are expected to meet later this month.|The talks have stalled for months over the border.|Trade across the region has fallen this year.|A reporter who visited the area described empty streets.|The dispute dates back decades.|Energy prices rose again on Monday.", noise, "|")
    width = length(n "")
    for (i = 0; i < n; i++) {
        clash = int(i / per_clash)
        clash_day = -25202 + clash * 10    # 1901-01-01, then every tenth day
        published = clash_day + chance(3)
        civil(published); pub_iso = iso
        civil(clash_day); clash_iso = iso; clash_spoken = spoken
        place = places[clash % npl + 1]
        other_place = places[(clash + 7) % npl + 1]
        id = sprintf("archive-%0" width "d", i)
        file = dir "/articles/" id ".md"
        printf "---\nid: %s\noutlet: %s\npublished: %s\n---\n", id, pick(outlets, no), pub_iso > file
        printf "# Fighting near %s\n\n", place > file
        sentences = 12 + chance(29)
        for (s = 0; s < sentences; s++) {
            kind = chance(10)
            party = pick(parties, np)
            belligerent = pick(belligerents, nb)
            verb = pick(verbs, nv)
            side = pick(sides, ns)
            other = side == "Armenian" ? "Azerbaijani" : "Armenian"
            when = chance(2) ? "on " day_name(clash_day) : "on " clash_spoken
            if (kind <= 1) {
                printf "%s %s that %s forces had shelled positions near %s %s.\n\n", party, verb, side, place, when > file
            } else if (kind == 2) {
                printf "\"Our positions near %s came under fire from %s units,\" %s %s.\n\n", place, other, belligerent, verb > file
            } else if (kind == 3) {
                printf "%s soldiers were killed and %s wounded in the fighting, %s %s.\n\n", pick(counts, nc), pick(counts, nc), party, verb > file
            } else if (kind == 4) {
                printf "According to %s, %s %s troops were captured near %s.\n\n", party, pick(counts, nc), side, other_place > file
            } else if (kind == 5) {
                printf "%s denied that its forces had opened fire and accused %s units of a provocation near %s.\n\n", belligerent, other, place > file
            } else if (kind == 6) {
                printf "A ceasefire was agreed from 12:00 local time %s, %s said.\n\n", when, party > file
            } else if (kind == 7) {
                printf "%s called on both sides to show restraint and return to talks.\n\n", party > file
            } else {
                printf "%s\n\n", pick(noise, nn) > file
            }
        }
        close(file)
    }
}
