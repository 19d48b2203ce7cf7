package civicgraph.seed.extract.attendance;

import civicgraph.model.PersonName;
import civicgraph.seed.corpus.Gazette;
import civicgraph.seed.corpus.SourceLine;
import civicgraph.seed.extract.Finding;
import civicgraph.seed.extract.post.PostTitles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "列席情况" records: entries by organisation, "区人民政府: 副区长朱众伟、陈汇青", "区政府部门: 区交通委主任雷宏、…",
 * "各街镇人大: 杨行镇阎志军、…", "区人大代表: 黄燕华、…", on one line or continued over lines. Title and name run together,
 * so they are split by the known titles ({@link PostTitles}), never by counting characters; a title applies to the
 * names after it until another title.
 */
public final class NonVotingParser {

    static final Pattern HEADING = Pattern.compile("(?<meeting>.*?会议)?列席(?:人员)?(?:会议)?情况");

    private static final Pattern LABEL = Pattern.compile("^(?<label>[^:、,，;；。()]{1,20}):(?<items>.*)$");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("[、,，;；]");
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}");
    // "杨行镇阎志军", "友谊路街道张谊": a town then a name, for the town congresses' attenders.
    private static final Pattern TOWN_AND_NAME = Pattern.compile(
            "^(?<town>\\p{IsHan}{1,4}?(?:镇|乡)|\\p{IsHan}{1,5}?街道)(?<name>\\p{IsHan}{2,4})$");

    private NonVotingParser() {
    }

    public static NonVotingResult parse(Gazette gazette) {
        List<SourceLine> lines = gazette.sourceLines();
        List<NonVotingRecord> records = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Optional<MeetingHeading> heading = MeetingHeading.at(lines, i, HEADING);
            if (heading.isEmpty()) {
                i++;
                continue;
            }
            i = heading.get().lastLine() + 1;
            RecordReader reader;
            do {
                // a second sitting's sub-heading under the same heading starts a record of its own
                reader = new RecordReader(heading.get(), findings);
                i = reader.read(lines, i);
                if (reader.attendees.isEmpty()) {
                    findings.add(Finding.warning(heading.get().line(), "列席 record without a person read"));
                }
                records.add(new NonVotingRecord(heading.get().meeting(), heading.get().line().evidence(),
                        reader.date, reader.half, reader.attendees));
            }
            while (reader.stoppedAtSitting);
        }
        return new NonVotingResult(records, findings);
    }

    private static final class RecordReader {

        private final MeetingHeading heading;
        private final List<Finding> findings;
        final List<NonVotingFact> attendees = new ArrayList<>();
        boolean stoppedAtSitting;
        LocalDate date;
        Half half;
        private String label;
        private String labelOrganisation;
        private String labelTitle;
        private String organisation;
        private String title;

        RecordReader(MeetingHeading heading, List<Finding> findings) {
            this.heading = heading;
            this.findings = findings;
        }

        int read(List<SourceLine> lines, int from) {
            int i = from;
            for (; i < lines.size(); i++) {
                SourceLine line = lines.get(i);
                if (line.isBlank() || PageFurniture.is(line.text())) {
                    continue;
                }
                if (MeetingHeading.at(lines, i, HEADING).isPresent()
                        || MeetingHeading.at(lines, i, AttendanceParser.HEADING).isPresent()) {
                    break;
                }
                Optional<SittingHeading> sub = SittingHeading.parse(line.text());
                if (sub.isPresent()) {
                    if (!this.attendees.isEmpty()) {
                        this.stoppedAtSitting = true;
                        break;
                    }
                    this.date = sub.get().date();
                    this.half = sub.get().half();
                    continue;
                }
                String text = MeetingHeading.squeeze(line.text());
                Matcher labelled = LABEL.matcher(text);
                if (labelled.matches()) {
                    startEntry(labelled.group("label"));
                    readItems(labelled.group("items"), line, true);
                }
                else if (this.label == null || !readItems(text, line, false)) {
                    break;
                }
            }
            return i;
        }

        private void startEntry(String label) {
            this.label = label;
            Optional<String> suffix = PostTitles.suffixOf(label);
            if (suffix.isPresent() && suffix.get().length() < label.length()) {
                // "区人大代表: 黄燕华、…": the label names both the body and the title
                this.labelOrganisation = label.substring(0, label.length() - suffix.get().length());
                this.labelTitle = suffix.get();
            }
            else {
                this.labelOrganisation = label;
                this.labelTitle = null;
            }
            this.organisation = null;
            this.title = null;
        }

        /**
         * Reads the items of an entry. A continuation line is read only when every item on it is one ("…、区体育局局长张彬"),
         * so that the next heading ends the record; on a labelled line an unreadable item is a finding.
         */
        private boolean readItems(String items, SourceLine line, boolean labelled) {
            List<Item> read = new ArrayList<>();
            String carriedOrganisation = this.organisation;
            String carriedTitle = this.title;
            for (String raw : ITEM_SEPARATOR.split(items.replaceAll("[。.]$", ""))) {
                if (raw.isEmpty()) {
                    continue;
                }
                Optional<Item> item = item(raw, carriedOrganisation, carriedTitle);
                if (item.isEmpty()) {
                    if (!labelled) {
                        return false;
                    }
                    this.findings.add(Finding.warning(line, "列席 entry not read: " + raw));
                    continue;
                }
                read.add(item.get());
                carriedOrganisation = item.get().carriedOrganisation();
                carriedTitle = item.get().carriedTitle();
            }
            if (!labelled && read.isEmpty()) {
                return false;
            }
            for (Item item : read) {
                this.attendees.add(new NonVotingFact(item.name(), item.organisation(), item.title(), line.evidence(),
                        this.label));
            }
            this.organisation = carriedOrganisation;
            this.title = carriedTitle;
            return true;
        }

        private Optional<Item> item(String raw, String carriedOrganisation, String carriedTitle) {
            if (PostTitles.isTitle(raw)) {
                return Optional.empty();
            }
            Optional<PostTitles.TitledName> titled = PostTitles.split(raw);
            if (titled.isPresent()) {
                String organisation = titled.get().organisation() != null ? titled.get().organisation()
                        : carriedOrganisation != null ? carriedOrganisation : this.labelOrganisation;
                return Optional.of(new Item(titled.get().name(), organisation, titled.get().title(), organisation,
                        titled.get().title()));
            }
            Matcher town = TOWN_AND_NAME.matcher(raw);
            if (raw.length() >= 5 && town.matches()) {
                String organisation = town.group("town");
                return Optional.of(new Item(PersonName.of(town.group("name")), organisation, null, organisation, null));
            }
            if (NAME.matcher(raw).matches()) {
                String organisation = carriedOrganisation != null ? carriedOrganisation : this.labelOrganisation;
                String title = carriedTitle != null ? carriedTitle : this.labelTitle;
                return Optional.of(new Item(PersonName.of(raw), organisation, title, carriedOrganisation, carriedTitle));
            }
            return Optional.empty();
        }

        private record Item(PersonName name, String organisation, String title, String carriedOrganisation,
                String carriedTitle) {
        }
    }
}
