package org.peacewatch.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient date parsing for the many ways pages write dates. The day is kept as written on the page (its own offset,
 * or UTC when it states none), because shifting a local midnight to UTC would move the article to the previous day.
 */
final class Dates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d))?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SLASHED_YMD = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern DOTTED_DMY = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    private static final Pattern DOTTED_DMY_SHORT = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.]\\d|\\d)");
    private static final Pattern SLASHED_DMY = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(20\\d{2}|19\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?(\\p{L}{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)", Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", Pattern.UNICODE_CASE);
    private static final List<String> PUBLISHED_LABELS = List.of("published", "posted", "erschienen", "veröffentlicht",
            "publiziert", "publié", "publicado", "pubblicato", "gepubliceerd", "opublikowano", "опубліковано", "опубликовано");
    private static final List<String> UPDATED_LABELS = List.of("updated", "aktualisiert", "mis à jour", "actualizado",
            "aggiornato", "bijgewerkt", "оновлено", "обновлено");
    /** What may stand between a label and its date: "on", "am", "the", a colon. */
    private static final Pattern LABEL_GAP = Pattern.compile("(?:\\s+(?:on|am|le|el|il|op|the|в|у)(?=\\s))*\\s*:?\\s*");
    private static final Pattern TRAILING_ZONE = Pattern.compile("^(?::\\d{2})?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})\\b");
    private static final Pattern URL_DAY = Pattern.compile("/((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{1,2})(?:[/_-]|\\.|$)");
    private static final Pattern URL_COMPACT_DAY = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");
    private static final Pattern TIME = Pattern.compile("(?<!\\d)(\\d{1,2}):(\\d{2})(?!\\d)");

    private static final Map<String, Integer> MONTHS = months();
    /** The ordinal endings DAY_MONTH_YEAR allows after the day; MONTH_DAY_YEAR allows all but "er". */
    private static final Set<String> SUFFIXES = Set.of("st", "nd", "rd", "th", "er");

    private static final Map<String, String> COUNTRY_ZONES = Map.ofEntries(
            Map.entry("de", "Europe/Berlin"), Map.entry("at", "Europe/Vienna"), Map.entry("ch", "Europe/Zurich"),
            Map.entry("fr", "Europe/Paris"), Map.entry("it", "Europe/Rome"), Map.entry("es", "Europe/Madrid"),
            Map.entry("nl", "Europe/Amsterdam"), Map.entry("be", "Europe/Brussels"), Map.entry("lu", "Europe/Luxembourg"),
            Map.entry("pl", "Europe/Warsaw"), Map.entry("cz", "Europe/Prague"), Map.entry("sk", "Europe/Bratislava"),
            Map.entry("hu", "Europe/Budapest"), Map.entry("dk", "Europe/Copenhagen"), Map.entry("se", "Europe/Stockholm"),
            Map.entry("no", "Europe/Oslo"), Map.entry("fi", "Europe/Helsinki"), Map.entry("ee", "Europe/Tallinn"),
            Map.entry("lv", "Europe/Riga"), Map.entry("lt", "Europe/Vilnius"), Map.entry("ua", "Europe/Kyiv"),
            Map.entry("by", "Europe/Minsk"), Map.entry("md", "Europe/Chisinau"), Map.entry("ro", "Europe/Bucharest"),
            Map.entry("bg", "Europe/Sofia"), Map.entry("gr", "Europe/Athens"), Map.entry("tr", "Europe/Istanbul"),
            Map.entry("uk", "Europe/London"), Map.entry("ie", "Europe/Dublin"), Map.entry("pt", "Europe/Lisbon"),
            Map.entry("si", "Europe/Ljubljana"), Map.entry("hr", "Europe/Zagreb"), Map.entry("rs", "Europe/Belgrade"),
            Map.entry("ge", "Asia/Tbilisi"), Map.entry("am", "Asia/Yerevan"), Map.entry("il", "Asia/Jerusalem"),
            Map.entry("in", "Asia/Kolkata"), Map.entry("jp", "Asia/Tokyo"), Map.entry("kr", "Asia/Seoul"),
            Map.entry("cn", "Asia/Shanghai"), Map.entry("tw", "Asia/Taipei"), Map.entry("ar", "America/Argentina/Buenos_Aires"),
            Map.entry("cl", "America/Santiago"), Map.entry("co", "America/Bogota"), Map.entry("pe", "America/Lima"),
            Map.entry("uy", "America/Montevideo"), Map.entry("bo", "America/La_Paz"), Map.entry("ve", "America/Caracas"),
            Map.entry("ec", "America/Guayaquil"), Map.entry("py", "America/Asuncion"), Map.entry("za", "Africa/Johannesburg"),
            Map.entry("ng", "Africa/Lagos"), Map.entry("ke", "Africa/Nairobi"), Map.entry("eg", "Africa/Cairo"),
            Map.entry("tn", "Africa/Tunis"), Map.entry("ma", "Africa/Casablanca"), Map.entry("nz", "Pacific/Auckland"));

    private Dates() {
    }

    /** Parses a machine-readable or human-written date; null when nothing plausible is found. */
    static OffsetDateTime parse(String value) {
        return parse(value, false);
    }

    /**
     * As {@link #parse(String)}; {@code textualDayNone} says that {@link #textualDay} already found nothing in
     * {@code value}. Stripping the ends cannot change that answer (no format starts or ends with a space), cutting to
     * 200 characters can.
     */
    private static OffsetDateTime parse(String value, boolean textualDayNone) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.isEmpty() || s.length() > 200) {
            return s.length() > 200 ? parse(s.substring(0, 200), false) : null;
        }
        Candidates candidates = Candidates.in(s);
        if (candidates.iso) {
            Matcher m = ISO.matcher(s);
            if (m.find()) {
                LocalDate day = date(m.group(1), m.group(2), m.group(3));
                if (day != null) {
                    LocalTime time = m.group(4) == null ? LocalTime.MIDNIGHT : time(m.group(4), m.group(5), m.group(6));
                    return OffsetDateTime.of(day, time == null ? LocalTime.MIDNIGHT : time, offset(m.group(7)));
                }
            }
        }
        LocalDate day = textualDayNone ? null : textualDay(s, candidates);
        if (day == null) {
            return null;
        }
        Matcher t = TIME.matcher(s);
        LocalTime time = t.find() ? time(t.group(1), t.group(2), null) : null;
        return OffsetDateTime.of(day, time == null ? LocalTime.MIDNIGHT : time, ZoneOffset.UTC);
    }

    /**
     * The offset a date string states with its time of day: {@code Z}, {@code UTC}, {@code GMT} and {@code +00:00}
     * give UTC. Null when the string has no time of day or names no offset (a local time of unknown zone).
     */
    static ZoneOffset statedOffset(String value) {
        if (value == null || value.length() > 200) {
            return null;
        }
        Matcher m = ISO.matcher(value);
        if (m.find()) {
            return m.group(4) == null || m.group(7) == null ? null : offset(m.group(7));
        }
        Matcher t = TIME.matcher(value);
        if (!t.find()) {
            return null;
        }
        Matcher zone = TRAILING_ZONE.matcher(value.substring(t.end()));
        return zone.find() ? offset(zone.group(1)) : null;
    }

    /**
     * The offset at that instant of the country whose top-level domain the host has, for countries with one time
     * zone (or one that holds most of their press). Null for generic domains and multi-zone countries.
     */
    static ZoneOffset countryOffset(String host, java.time.Instant at) {
        if (host == null) {
            return null;
        }
        String zone = COUNTRY_ZONES.get(host.substring(host.lastIndexOf('.') + 1));
        return zone == null ? null : java.time.ZoneId.of(zone).getRules().getOffset(at);
    }

    /**
     * A day written after a publication label anywhere in the text ("Erschienen am: 01.11.2023", "Posted on the
     * 15/12/2025"), for pages whose markup states no date. Labels of later updates come last.
     */
    static LocalDate labelledDay(String text) {
        if (text == null) {
            return null;
        }
        // Plain searches for the label words, then a date right after: a regex alternation over the whole text of a
        // long page costs more than all the other metadata rules together.
        String lower = text.toLowerCase(Locale.ROOT);
        for (List<String> labels : List.of(PUBLISHED_LABELS, UPDATED_LABELS)) {
            List<Integer> starts = new ArrayList<>();
            for (String label : labels) {
                for (int at = lower.indexOf(label); at >= 0 && starts.size() < 50; at = lower.indexOf(label, at + 1)) {
                    int after = at + label.length();
                    boolean word = (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)))
                            && (after == lower.length() || !Character.isLetter(lower.charAt(after)));
                    if (word) {
                        starts.add(after);
                    }
                }
            }
            starts.sort(null);
            for (int after : starts) {
                Matcher gap = LABEL_GAP.matcher(lower).region(after, lower.length());
                int from = gap.lookingAt() ? gap.end() : after;
                LocalDate day = dayIn(lower.substring(from, Math.min(lower.length(), from + 40)));
                if (day != null) {
                    return day;
                }
            }
        }
        return null;
    }

    /** Only day-level dates written in words or numbers, for visible text and URLs. */
    static LocalDate textualDay(String s) {
        return textualDay(s, Candidates.in(s));
    }

    private static LocalDate textualDay(String s, Candidates candidates) {
        if (candidates.slashedYmd) {
            Matcher m = SLASHED_YMD.matcher(s);
            if (m.find()) {
                LocalDate d = date(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    return d;
                }
            }
        }
        if (candidates.dottedDmy) {
            Matcher m = DOTTED_DMY.matcher(s);
            if (m.find()) {
                LocalDate d = date(m.group(3), m.group(2), m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        if (candidates.dayMonthYear) {
            Matcher m = DAY_MONTH_YEAR.matcher(s);
            while (m.find()) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                if (month != null) {
                    LocalDate d = date(m.group(3), month.toString(), m.group(1));
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        if (candidates.monthDayYear) {
            Matcher m = MONTH_DAY_YEAR.matcher(s);
            while (m.find()) {
                Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
                if (month != null) {
                    LocalDate d = date(m.group(3), month.toString(), m.group(2));
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        if (candidates.slashedDmy) {
            Matcher m = SLASHED_DMY.matcher(s);
            if (m.find()) {
                int a = Integer.parseInt(m.group(1));
                // Ambiguous: read as month/day (US) only when the first number cannot be a day-first month.
                return a > 12 ? date(m.group(3), m.group(2), m.group(1)) : date(m.group(3), m.group(1), m.group(2));
            }
        }
        if (candidates.dottedShort) {
            Matcher m = DOTTED_DMY_SHORT.matcher(s);
            if (m.find()) {
                // "23.09.22": German and Swiss short dates, tried last; two-digit years are this century's.
                return date("20" + m.group(3), m.group(2), m.group(1));
            }
        }
        return null;
    }

    /**
     * Every day written anywhere in {@code text}, in any format {@link #textualDay} reads; a numeric day such as
     * 03/04/2020 counts in both readings, since here it only confirms a day the markup states.
     */
    static Set<LocalDate> writtenDays(String text) {
        Set<LocalDate> days = new HashSet<>();
        if (text == null) {
            return days;
        }
        Candidates candidates = Candidates.in(text);
        if (candidates.iso) {
            addAll(days, ISO.matcher(text), 1, 2, 3);
        }
        if (candidates.slashedYmd) {
            addAll(days, SLASHED_YMD.matcher(text), 1, 2, 3);
        }
        if (candidates.dottedDmy) {
            addAll(days, DOTTED_DMY.matcher(text), 3, 2, 1);
        }
        if (candidates.slashedDmy) {
            addAll(days, SLASHED_DMY.matcher(text), 3, 2, 1);
            addAll(days, SLASHED_DMY.matcher(text), 3, 1, 2);
        }
        if (candidates.dayMonthYear) {
            for (Matcher m = DAY_MONTH_YEAR.matcher(text); m.find(); ) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                add(days, month == null ? null : date(m.group(3), month.toString(), m.group(1)));
            }
        }
        if (candidates.monthDayYear) {
            Matcher words = MONTH_DAY_YEAR.matcher(text);
            for (int from = 0; from < text.length() && words.find(from); ) {
                Integer month = MONTHS.get(words.group(1).toLowerCase(Locale.ROOT));
                add(days, month == null ? null : date(words.group(3), month.toString(), words.group(2)));
                // Inline tags often join a name to the month ("GiuffridaMar 5, 2025"): look again inside a failed word.
                from = month == null ? words.start() + 1 : words.end();
            }
        }
        if (candidates.dottedShort) {
            for (Matcher m = DOTTED_DMY_SHORT.matcher(text); m.find(); ) {
                add(days, date("20" + m.group(3), m.group(2), m.group(1)));
            }
        }
        return days;
    }

    /**
     * The days of {@code year} that {@code text} writes, in any format {@link #writtenDays} reads. Only the
     * surroundings of the year's digits are read, so a long page costs a few plain searches rather than a regex pass
     * per format.
     */
    static Set<LocalDate> writtenDaysOf(String text, int year) {
        return writtenDaysOf(text, year, null);
    }

    /**
     * As {@link #writtenDaysOf(String, int)}, but stops at the first place that writes {@code wanted} (when not null):
     * the set is then partial. Pages print their date near the top, so the common question is answered early.
     */
    static Set<LocalDate> writtenDaysOf(String text, int year, LocalDate wanted) {
        Set<LocalDate> days = new HashSet<>();
        if (text == null) {
            return days;
        }
        String full = Integer.toString(year);
        for (String needle : List.of(full, "." + full.substring(2))) {
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
                int from = Math.max(0, at - 30);
                // Start the window at a word boundary, so that "19 December" is not read as "9 December".
                while (from > 0 && from > at - 45 && Character.isLetterOrDigit(text.charAt(from - 1))) {
                    from--;
                }
                for (LocalDate day : writtenDays(text.substring(from, Math.min(text.length(), at + needle.length() + 12)))) {
                    if (day.getYear() == year) {
                        days.add(day);
                    }
                }
                if (wanted != null && days.contains(wanted)) {
                    return days;
                }
            }
        }
        return days;
    }

    private static void addAll(Set<LocalDate> days, Matcher m, int year, int month, int day) {
        while (m.find()) {
            add(days, date(m.group(year), m.group(month), m.group(day)));
        }
    }

    private static void add(Set<LocalDate> days, LocalDate day) {
        if (day != null) {
            days.add(day);
        }
    }

    /** The day a short text states, written in words or numbers ("3. März 2024", "March 3, 2024") or as an ISO date. */
    static LocalDate dayIn(String text) {
        LocalDate day = textualDay(text);
        if (day == null) {
            OffsetDateTime iso = parse(text, true);
            day = iso == null ? null : iso.toLocalDate();
        }
        return day;
    }

    /** Dates in URL paths such as /2024/03/17/ or /2024-03-17- or /20240317/. */
    static LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DAY.matcher(url);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = URL_COMPACT_DAY.matcher(url);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        return null;
    }

    static OffsetDateTime startOfDay(LocalDate day) {
        return day == null ? null : OffsetDateTime.of(day, LocalTime.MIDNIGHT, ZoneOffset.UTC);
    }

    /**
     * Which formats can match in a text at all, read in one pass from the runs of four digits (every format but the
     * short dotted one writes a four-digit year) and what stands around them. Each flag is a necessary condition of
     * its regex, so a false flag skips a search that could not find anything: most texts searched hold no date, and
     * the searches for dates written in words try their pattern at every letter.
     */
    private record Candidates(boolean iso, boolean slashedYmd, boolean dottedDmy, boolean dayMonthYear,
                              boolean monthDayYear, boolean slashedDmy, boolean dottedShort) {

        static Candidates in(String s) {
            boolean iso = false;
            boolean slashedYmd = false;
            boolean dottedDmy = false;
            boolean dayMonthYear = false;
            boolean monthDayYear = false;
            boolean slashedDmy = false;
            boolean dottedShort = false;
            int n = s.length();
            int run = 0;
            for (int i = 0; i < n; i++) {
                if (!digit(s.charAt(i))) {
                    run = 0;
                    continue;
                }
                run++;
                if (i + 2 < n && s.charAt(i + 1) == '.' && digit(s.charAt(i + 2))) {
                    dottedShort = true;
                }
                if (run >= 4) {
                    int start = i - 3;
                    char before = start > 0 ? s.charAt(start - 1) : 0;
                    char after = i + 1 < n ? s.charAt(i + 1) : 0;
                    iso |= after == '-';
                    slashedYmd |= after == '/' || after == '.';
                    slashedDmy |= before == '/';
                    dottedDmy |= before == '.' || space(before) && start > 1 && s.charAt(start - 2) == '.';
                    if (space(before)) {
                        dayMonthYear |= dayMonthBefore(s, start);
                        monthDayYear |= monthDayBefore(s, start);
                    }
                }
            }
            return new Candidates(iso, slashedYmd, dottedDmy, dayMonthYear, monthDayYear, slashedDmy, dottedShort);
        }

        /** Whether "12. März " or "5th March " ends at {@code year}: DAY_MONTH_YEAR read backwards. */
        private static boolean dayMonthBefore(String s, int year) {
            int at = skipDe(s, skipSpaces(s, year));
            if (at > 0 && s.charAt(at - 1) == ',') {
                at--;
            }
            if (at > 0 && s.charAt(at - 1) == '.') {
                at--;
            }
            int month = skipLetters(s, at);
            if (month < 0) {
                return false;
            }
            int gap = skipSpaces(s, month);
            if (gap == month) {
                return false;
            }
            at = skipDe(s, gap);
            if (at > 0 && s.charAt(at - 1) == '.') {
                at--;
            } else if (at > 1 && SUFFIXES.contains(s.substring(at - 2, at))) {
                at -= 2;
            }
            return dayDigits(s, at);
        }

        /** Whether "March 5, " ends at {@code year}: MONTH_DAY_YEAR read backwards. */
        private static boolean monthDayBefore(String s, int year) {
            int at = skipSpaces(s, year);
            if (at > 0 && s.charAt(at - 1) == ',') {
                at--;
            }
            if (at > 1 && SUFFIXES.contains(s.substring(at - 2, at)) && !s.startsWith("er", at - 2)) {
                at -= 2;
            }
            int day = at;
            while (day > 0 && day > at - 3 && digit(s.charAt(day - 1))) {
                day--;
            }
            if (day == at || at - day > 2) {
                return false;
            }
            int gap = skipSpaces(s, day);
            if (gap == day) {
                return false;
            }
            if (gap > 0 && s.charAt(gap - 1) == '.') {
                gap--;
            }
            return skipLetters(s, gap) >= 0;
        }

        /** Whether one or two digits, and no more, end at {@code end}. */
        private static boolean dayDigits(String s, int end) {
            int at = end;
            while (at > 0 && end - at < 3 && digit(s.charAt(at - 1))) {
                at--;
            }
            return at < end && end - at <= 2;
        }

        /** The start of the spaces that end at {@code end} (regex \s: ASCII only). */
        private static int skipSpaces(String s, int end) {
            int at = end;
            while (at > 0 && space(s.charAt(at - 1))) {
                at--;
            }
            return at;
        }

        /** Before a Spanish or Portuguese "de " that ends at {@code end}, or {@code end} when there is none. */
        private static int skipDe(String s, int end) {
            if (end > 2 && s.startsWith("de", end - 2) && space(s.charAt(end - 3))) {
                return skipSpaces(s, end - 2);
            }
            return end;
        }

        /** The start of a run of at least three letters (code points, as \p{L} counts) ending at {@code end}, or -1. */
        private static int skipLetters(String s, int end) {
            int at = end;
            int letters = 0;
            while (at > 0) {
                int c = Character.codePointBefore(s, at);
                if (!Character.isLetter(c)) {
                    break;
                }
                at -= Character.charCount(c);
                letters++;
            }
            return letters >= 3 ? at : -1;
        }

        private static boolean digit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean space(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
        }
    }

    private static LocalDate date(String y, String mo, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1990 || year > 2100) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalTime time(String h, String mi, String s) {
        try {
            return LocalTime.of(Integer.parseInt(h), Integer.parseInt(mi), s == null ? 0 : Integer.parseInt(s));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equalsIgnoreCase("Z") || zone.equalsIgnoreCase("UTC") || zone.equalsIgnoreCase("GMT")) {
            return ZoneOffset.UTC;
        }
        String z = zone.replace(":", "");
        try {
            int sign = z.charAt(0) == '-' ? -1 : 1;
            int hours = Integer.parseInt(z.substring(1, 3));
            int minutes = z.length() >= 5 ? Integer.parseInt(z.substring(3, 5)) : 0;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException | NumberFormatException e) {
            return ZoneOffset.UTC;
        }
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[][] names = {
                {"january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari", "stycznia", "styczeń"},
                {"february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "lutego", "luty"},
                {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "maart", "marca", "marzec"},
                {"april", "apr", "avril", "abril", "aprile", "kwietnia", "kwiecień"},
                {"may", "mai", "mayo", "maggio", "maio", "mei", "maja", "maj"},
                {"june", "jun", "juni", "juin", "junio", "giugno", "junho", "czerwca", "czerwiec"},
                {"july", "jul", "juli", "juillet", "julio", "luglio", "julho", "lipca", "lipiec"},
                {"august", "aug", "août", "aout", "agosto", "augustus", "sierpnia", "sierpień"},
                {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro", "września", "wrzesień"},
                {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "października", "październik"},
                {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad"},
                {"december", "dec", "dez", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "grudnia", "grudzień"}};
        String[][] cyrillic = {
                {"січня", "января", "январь"}, {"лютого", "февраля", "февраль"}, {"березня", "марта", "март"},
                {"квітня", "апреля", "апрель"}, {"травня", "мая", "май"}, {"червня", "июня", "июнь"},
                {"липня", "июля", "июль"}, {"серпня", "августа", "август"}, {"вересня", "сентября", "сентябрь"},
                {"жовтня", "октября", "октябрь"}, {"листопада", "ноября", "ноябрь"}, {"грудня", "декабря", "декабрь"}};
        for (int i = 0; i < cyrillic.length; i++) {
            for (String n : cyrillic[i]) {
                m.put(n, i + 1);
            }
        }
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                m.put(n, i + 1);
            }
        }
        return Map.copyOf(m);
    }
}
