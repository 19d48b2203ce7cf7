package civicgraph.seed.extract.attendance;

import civicgraph.model.Evidence;
import civicgraph.model.PersonName;
import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.corpus.SourceLine;
import civicgraph.seed.extract.Finding;
import civicgraph.seed.extract.Severity;
import civicgraph.seed.extract.text.ChineseNumeral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "组成人员出席情况" records: per sitting "一、应出席会议：33人", "二、全程出席：29人" (or "二、出席 (36 人)：") and the names,
 * "三、因事因病请假：4人" (or "三、请假 (5 人)：") and the names. The stated counts are a checksum: when they and the names
 * disagree, the sitting is kept as stated and a finding says where.
 */
public final class AttendanceParser {

    static final Pattern HEADING = Pattern.compile("(?<meeting>.*?会议)?(?:组成人员|委员)出席(?:会议)?情况");

    // "一、", "2.", "(三)": the list numbering before a count.
    private static final String ITEM = "^(?:[一二三四五六七八九十]+[、.]|\\d+[、.]|\\([一二三四五六七八九十\\d]+\\))?";
    private static final String COUNT = "(?:\\(?(?<n>[0-9〇零一二三四五六七八九十两]+)人\\)?)?";
    private static final Pattern EXPECTED = Pattern.compile(
            ITEM + "应(?:出席|到)(?:会议)?(?:人数|人员)?:?" + COUNT + "[:;；。]?$");
    private static final Pattern PRESENT = Pattern.compile(
            ITEM + "(?:全程出席|出席|实到)(?:会议)?(?:人数|人员)?(?<colon>:)?" + COUNT + "(?::(?<rest>.*))?$");
    private static final Pattern ON_LEAVE = Pattern.compile(
            ITEM + "(?:因事因病|因病因事|因公因事|因事|因病|因公)*请假(?:人员)?(?<colon>:)?" + COUNT
                    + "(?::(?<rest>.*))?$");
    // Lists this record does not read: absence without leave, non-voting attendance inside the record, the chair.
    private static final Pattern OTHER_LIST = Pattern.compile(ITEM + "(?:缺席|列席|未出席|主持)");
    private static final Pattern NONE = Pattern.compile("无。?|0人|/");

    private AttendanceParser() {
    }

    public static AttendanceResult parse(Gazette gazette) {
        List<SourceLine> lines = gazette.sourceLines();
        List<AttendanceRecord> records = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Optional<MeetingHeading> heading = MeetingHeading.at(lines, i, HEADING);
            if (heading.isEmpty()) {
                i++;
                continue;
            }
            RecordReader reader = new RecordReader(heading.get(), findings);
            i = reader.read(lines, heading.get().lastLine() + 1);
            records.add(reader.record());
        }
        return new AttendanceResult(records, findings);
    }

    private enum ListKind {
        NONE, PRESENT, ON_LEAVE, OTHER
    }

    /** Reads one record from its heading to the first line that belongs to none of its parts. */
    private static final class RecordReader {

        private final MeetingHeading heading;
        private final List<Finding> findings;
        private final List<SittingBuilder> sittings = new ArrayList<>();
        private SittingBuilder current;
        private ListKind list = ListKind.NONE;
        private boolean blankSince = false;

        RecordReader(MeetingHeading heading, List<Finding> findings) {
            this.heading = heading;
            this.findings = findings;
        }

        /** Reads from line index {@code from}; answers the index of the first line not read. */
        int read(List<SourceLine> lines, int from) {
            int i = from;
            for (; i < lines.size(); i++) {
                SourceLine line = lines.get(i);
                if (line.isBlank()) {
                    this.blankSince = true;
                    continue;
                }
                if (PageFurniture.is(line.text())) {
                    continue;
                }
                if (!readLine(lines, i)) {
                    break;
                }
                this.blankSince = false;
            }
            return i;
        }

        private boolean readLine(List<SourceLine> lines, int i) {
            SourceLine line = lines.get(i);
            String text = MeetingHeading.squeeze(line.text());
            if (MeetingHeading.at(lines, i, HEADING).isPresent()
                    || MeetingHeading.at(lines, i, NonVotingParser.HEADING).isPresent()) {
                return false;
            }
            Optional<SittingHeading> sub = SittingHeading.parse(line.text());
            if (sub.isPresent()) {
                if (this.current == null || this.current.started()) {
                    LocalDate inherited = this.current == null ? null : this.current.date;
                    startSitting(line.evidence());
                    this.current.date = sub.get().date() != null ? sub.get().date() : inherited;
                }
                else {
                    this.current.date = sub.get().date();
                    this.current.evidence = line.evidence();
                }
                this.current.half = sub.get().half();
                this.list = ListKind.NONE;
                return true;
            }
            Matcher expected = EXPECTED.matcher(text);
            if (expected.matches()) {
                if (this.current == null || this.current.expected != null || this.current.started()) {
                    LocalDate date = this.current == null ? null : this.current.date;
                    startSitting(this.current == null ? this.heading.line().evidence() : line.evidence());
                    this.current.date = date;
                }
                this.current.expected = count(expected);
                this.current.expectedLine = line;
                this.list = ListKind.NONE;
                return true;
            }
            Matcher onLeave = ON_LEAVE.matcher(text);
            if (onLeave.matches() && isCount(onLeave)) {
                ensureSitting();
                this.current.statedOnLeave = count(onLeave);
                this.current.onLeaveLine = line;
                this.list = ListKind.ON_LEAVE;
                return rest(onLeave.group("rest"), line);
            }
            Matcher present = PRESENT.matcher(text);
            if (present.matches() && isCount(present)) {
                ensureSitting();
                this.current.statedPresent = count(present);
                this.current.presentLine = line;
                this.list = ListKind.PRESENT;
                return rest(present.group("rest"), line);
            }
            if (OTHER_LIST.matcher(text).find()) {
                this.list = ListKind.OTHER;
                this.findings.add(Finding.info(line, "attendance list not read: " + text));
                return true;
            }
            Optional<List<String>> names = NameTable.names(line.text());
            if (names.isEmpty()) {
                return false;
            }
            return switch (this.list) {
                case PRESENT, ON_LEAVE -> {
                    if (this.blankSince && this.current.complete(this.list)) {
                        yield false; // the list has all its stated names: a name-like line after a gap is not ours
                    }
                    this.current.add(this.list, names.get(), line);
                    yield true;
                }
                case OTHER -> true;
                case NONE -> false;
            };
        }

        /** "出席：" or "出席 (36 人)", not a word that merely begins so. */
        private static boolean isCount(Matcher m) {
            return m.group("n") != null || m.group("colon") != null || m.group("rest") != null;
        }

        /** Names printed on the count's own line ("二、出席(3人)：李萍 吴志宏 须华威"), or "无". */
        private boolean rest(String rest, SourceLine line) {
            if (rest == null || rest.isEmpty()) {
                return true;
            }
            if (NONE.matcher(rest).matches()) {
                if (this.list == ListKind.ON_LEAVE && this.current.statedOnLeave == null) {
                    this.current.statedOnLeave = 0;
                }
                return true;
            }
            String afterColon = line.text().replaceFirst("^[^:：]*[:：]", "");
            Optional<List<String>> names = NameTable.names(afterColon);
            if (names.isEmpty()) {
                this.findings.add(Finding.warning(line, "names not read after the count: " + rest));
                return true;
            }
            this.current.add(this.list, names.get(), line);
            return true;
        }

        private void ensureSitting() {
            if (this.current == null) {
                startSitting(this.heading.line().evidence());
            }
        }

        private void startSitting(Evidence evidence) {
            this.current = new SittingBuilder(evidence);
            this.sittings.add(this.current);
        }

        AttendanceRecord record() {
            List<Sitting> built = new ArrayList<>();
            for (SittingBuilder sitting : this.sittings) {
                if (!sitting.started()) {
                    continue;
                }
                reconcile(sitting, ListKind.PRESENT);
                reconcile(sitting, ListKind.ON_LEAVE);
                Sitting s = sitting.build();
                check(sitting, s);
                built.add(s);
            }
            if (built.isEmpty()) {
                this.findings.add(Finding.warning(this.heading.line(), "attendance record without a sitting"));
            }
            return new AttendanceRecord(this.heading.meeting(), this.heading.line().evidence(), built);
        }

        /**
         * A list short by exactly as many names as it has four-character names ("李明王芳") lost the space between two
         * two-character names: the stated count decides, and a finding says so.
         */
        private void reconcile(SittingBuilder sitting, ListKind list) {
            Integer stated = list == ListKind.PRESENT ? sitting.statedPresent : sitting.statedOnLeave;
            List<NameMention> names = list == ListKind.PRESENT ? sitting.present : sitting.onLeave;
            if (stated == null || stated <= names.size()) {
                return;
            }
            List<NameMention> fours = names.stream()
                .filter((m) -> m.name().value().codePointCount(0, m.name().value().length()) == 4
                        && m.name().value().chars().allMatch(Character::isIdeographic))
                .toList();
            if (fours.size() != stated - names.size()) {
                return;
            }
            List<NameMention> split = new ArrayList<>();
            for (NameMention mention : names) {
                String name = mention.name().value();
                if (fours.contains(mention)) {
                    split.add(new NameMention(PersonName.of(name.substring(0, 2)), mention.evidence()));
                    split.add(new NameMention(PersonName.of(name.substring(2)), mention.evidence()));
                    this.findings.add(new Finding(Severity.INFO, mention.evidence().source(),
                            mention.evidence().line(), "read %s as %s and %s, as the stated count says"
                                .formatted(name, name.substring(0, 2), name.substring(2))));
                }
                else {
                    split.add(mention);
                }
            }
            names.clear();
            names.addAll(split);
        }

        private void check(SittingBuilder builder, Sitting s) {
            SourceLine where = builder.expectedLine != null ? builder.expectedLine : this.heading.line();
            if (s.expected() == null) {
                this.findings.add(Finding.warning(where, "attendance without 应出席 count"));
            }
            else if (s.present().size() + s.onLeave().size() != s.expected()
                    || (s.statedPresent() != null && s.statedOnLeave() != null
                            && s.statedPresent() + s.statedOnLeave() != s.expected())) {
                int present = s.statedPresent() != null ? s.statedPresent() : s.present().size();
                int onLeave = s.statedOnLeave() != null ? s.statedOnLeave() : s.onLeave().size();
                this.findings.add(Finding.warning(where, "attendance does not add up: 应出席 %d, present %d + on leave %d"
                    .formatted(s.expected(), present, onLeave)));
            }
            if (s.statedPresent() != null && s.statedPresent() != s.present().size()) {
                this.findings.add(Finding.warning(builder.presentLine, "出席 states %d but %d names were read"
                    .formatted(s.statedPresent(), s.present().size())));
            }
            if (s.statedOnLeave() != null && s.statedOnLeave() != s.onLeave().size()) {
                this.findings.add(Finding.warning(builder.onLeaveLine, "请假 states %d but %d names were read"
                    .formatted(s.statedOnLeave(), s.onLeave().size())));
            }
        }

        private static Integer count(Matcher m) {
            String n = m.group("n");
            if (n == null) {
                return null;
            }
            var value = ChineseNumeral.parse(n);
            return value.isPresent() ? value.getAsInt() : null;
        }
    }

    private static final class SittingBuilder {

        Evidence evidence;
        LocalDate date;
        Half half;
        Integer expected;
        Integer statedPresent;
        Integer statedOnLeave;
        SourceLine expectedLine;
        SourceLine presentLine;
        SourceLine onLeaveLine;
        final List<NameMention> present = new ArrayList<>();
        final List<NameMention> onLeave = new ArrayList<>();

        SittingBuilder(Evidence evidence) {
            this.evidence = evidence;
        }

        boolean started() {
            return this.expected != null || this.presentLine != null || this.onLeaveLine != null;
        }

        boolean complete(ListKind list) {
            Integer stated = list == ListKind.PRESENT ? this.statedPresent : this.statedOnLeave;
            List<NameMention> names = list == ListKind.PRESENT ? this.present : this.onLeave;
            return stated != null && names.size() >= stated;
        }

        void add(ListKind list, List<String> names, SourceLine line) {
            List<NameMention> into = list == ListKind.PRESENT ? this.present : this.onLeave;
            for (String name : names) {
                into.add(new NameMention(PersonName.of(name), line.evidence()));
            }
        }

        Sitting build() {
            return new Sitting(this.evidence, this.date, this.half, this.expected, this.statedPresent,
                    this.statedOnLeave, this.present, this.onLeave);
        }
    }
}
