package civicgraph.seed.extract.document;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import civicgraph.model.DocumentKind;
import civicgraph.model.Evidence;
import civicgraph.model.PersonName;
import civicgraph.seed.corpus.SourceLine;
import civicgraph.seed.extract.Finding;
import civicgraph.seed.extract.session.SessionRef;
import civicgraph.seed.extract.text.GazetteDate;

/**
 * Reads one section's metadata from the lines under its title ("（2023 年 7 月 19 日…第十三次会议通过）", "——2023 年 7 月
 * 25 日在…会议上", "青法〔2023〕42 号", "区人大常委会主任 朱明福") and from its signature ("院长：麦珏", "2023 年 6 月 11 日").
 */
final class SectionReader {

    // 文号: "青法〔2023〕42 号", "沪宝检发【2023】5 号", "青会主〔2023〕3号".
    private static final Pattern NUMBER = Pattern.compile("^\\p{IsHan}{1,8}[〔【\\[［(（]\\d{4}[〕】\\]］)）]\\d{1,5}号$");

    private static final String NAME = "\\p{IsHan}(?:[ \\u3000]?\\p{IsHan}){1,3}";

    // A byline: a post, then the person: "区人大常委会人事工作委员会主任 凌 敏", "青浦区人民政府区长 杨小菁".
    private static final Pattern BYLINE = Pattern.compile("^(?<post>\\S.*?(?:长|主任|委员|代表|主席|书记))[ \\u3000\\t]+(?<name>"
            + NAME + ")$");

    private static final Pattern POST_ONLY = Pattern.compile("^\\S.*(?:长|主任|委员|代表|主席|书记)$");

    private static final Pattern NAME_ONLY = Pattern.compile("^" + NAME + "$");

    // A signature: "院长：麦珏", "上海市宝山区人民检察院检察长：杨永勤", "申请人：翟磊".
    private static final Pattern SIGNATURE = Pattern.compile("^(?<post>[^：:，。]{1,40})[：:]\\s*(?<name>" + NAME + ")$");

    private static final Pattern BODY = Pattern.compile(
            "(?:委员会|常委会|主任会议|人民政府|区政府|人民法院|人民检察院|法院|检察院|局|工作室|工委|办公室)$");

    private static final Pattern BODY_AND_POST = Pattern.compile(
            "^(?<body>.+?(?:人民法院|人民检察院|人民政府|委员会|常委会))(?<post>.+)$");

    private static final Pattern DATE_ONLY = Pattern.compile("^[(（]?[0-9〇零一二三四五六七八九十年月日\\s]+[)）]?$");

    private static final Pattern SENTENCE = Pattern.compile("[。；;！？]");

    private SectionReader() {
    }

    static DocumentSection read(List<SourceLine> lines, int first, int titleEnd, int last, String district,
            List<Finding> findings) {
        StringBuilder raw = new StringBuilder();
        for (int i = first; i <= titleEnd; i++) {
            raw.append(lines.get(i).text()).append(' ');
        }
        String title = DocumentTitle.clean(raw.toString());
        DocumentKind kind = DocumentTitle.kindOf(title).orElse(DocumentKind.OTHER);
        Meta meta = new Meta();
        readHead(lines, titleEnd + 1, last, district, meta);
        if (kind != DocumentKind.AGENDA && kind != DocumentKind.ATTENDANCE_RECORD
                && kind != DocumentKind.APPOINTMENT_LIST) {
            readTail(lines, titleEnd + 1, last, meta);
        }
        SourceLine titleLine = lines.get(first);
        if (meta.session == null && (kind == DocumentKind.AGENDA || kind == DocumentKind.ATTENDANCE_RECORD
                || title.startsWith("在"))) {
            // "青浦区第六届人大常委会第十三次会议议题", "在区五届人大常委会第三十八次会议上的讲话": the title names the session.
            List<SessionRef> refs = SessionRef.findAll(title, titleLine.evidence(), district);
            if (!refs.isEmpty()) {
                meta.session = refs.get(0);
            }
        }
        String issuer = DocumentTitle.issuerOf(title).orElse(null);
        Evidence issuerEvidence = issuer != null ? titleLine.evidence() : null;
        if (issuer == null) {
            issuer = meta.issuer;
            issuerEvidence = meta.issuerEvidence;
        }
        if (meta.date == null) {
            findings.add(Finding.info(titleLine, "no date for " + kind + " " + title));
        }
        int lastLine = last + 1;
        return new DocumentSection(title, kind, first + 1, lastLine, titleLine.evidence(), meta.date,
                meta.dateEvidence, meta.session, meta.adopted, meta.number, meta.numberEvidence, meta.author,
                meta.authorTitle, meta.authorEvidence, issuer, issuerEvidence);
    }

    /** The lines between the title and the salutation ("主任、各位副主任、各位委员：") or the first paragraph. */
    private static void readHead(List<SourceLine> lines, int from, int last, String district, Meta meta) {
        int seen = 0;
        for (int i = from; i <= last && seen < 8; i++) {
            SourceLine line = lines.get(i);
            String s = clean(line.text());
            if (s.isEmpty() || DocumentSegmenter.isNoise(line.text())) {
                continue;
            }
            seen++;
            String c = s.replaceAll("[\\s\\u3000]+", "");
            if (c.startsWith("—") || c.startsWith("(") || c.startsWith("（")) {
                boolean dash = c.startsWith("—");
                StringBuilder joined = new StringBuilder(c);
                int j = i;
                // "——2023 年 9 月 27 日在宝山区第九届人民代表大会" / "常务委员会第十三次会议上": the subtitle goes on.
                for (int more = 0; more < 2 && !closed(joined, dash); more++) {
                    int next = nextNonBlank(lines, j + 1, last);
                    if (next < 0) {
                        break;
                    }
                    String nc = clean(lines.get(next).text()).replaceAll("[\\s\\u3000]+", "");
                    if (nc.length() > 40 || (dash && !nc.endsWith("上") && !nc.endsWith("上的讲话"))) {
                        break;
                    }
                    joined.append(nc);
                    j = next;
                }
                String sub = joined.toString();
                var date = GazetteDate.find(sub);
                if (date.isEmpty()) {
                    break;
                }
                if (meta.date == null) {
                    meta.date = date.get().start();
                    meta.dateEvidence = line.evidence();
                }
                List<SessionRef> refs = SessionRef.findAll(sub, line.evidence(), district);
                if (meta.session == null && !refs.isEmpty()) {
                    meta.session = refs.get(0);
                    meta.adopted = !dash && (sub.contains("通过") || sub.contains("批准"));
                }
                i = j;
                continue;
            }
            if (NUMBER.matcher(c).matches()) {
                meta.number = c;
                meta.numberEvidence = line.evidence();
                continue;
            }
            if (c.endsWith("：") || c.endsWith(":") || c.length() > 60 || SENTENCE.matcher(c).find()) {
                break; // the salutation or the first paragraph: the head is over
            }
            Matcher byline = BYLINE.matcher(s);
            if (byline.matches()) {
                if (meta.author == null) {
                    meta.author = PersonName.of(byline.group("name"));
                    meta.authorTitle = byline.group("post").replaceAll("[\\s\\u3000]+", "");
                    meta.authorEvidence = line.evidence();
                }
                continue;
            }
            if (POST_ONLY.matcher(c).matches() && !BODY.matcher(c).find() && meta.author == null) {
                // "区人大常委会副主任" / "赵宏林": a byline broken after the post.
                int next = nextNonBlank(lines, i + 1, last);
                if (next >= 0 && NAME_ONLY.matcher(clean(lines.get(next).text())).matches()) {
                    meta.author = PersonName.of(clean(lines.get(next).text()));
                    meta.authorTitle = c;
                    meta.authorEvidence = lines.get(next).evidence();
                    i = next;
                }
                continue;
            }
            if (BODY.matcher(c).find() && meta.issuer == null) {
                meta.issuer = c;
                meta.issuerEvidence = line.evidence();
            }
        }
    }

    /** The signature block at the end: a body, a post and name, a date. Fills only what the head left empty. */
    private static void readTail(List<SourceLine> lines, int from, int last, Meta meta) {
        LocalDate date = null;
        Evidence dateEvidence = null;
        boolean aboveDate = false;
        int seen = 0;
        for (int i = last; i >= from && seen < 6; i--) {
            SourceLine line = lines.get(i);
            String s = clean(line.text());
            if (s.isEmpty() || DocumentSegmenter.isNoise(line.text())) {
                continue;
            }
            seen++;
            String c = s.replaceAll("[\\s\\u3000]+", "");
            if (DATE_ONLY.matcher(c).matches()) {
                var found = GazetteDate.find(c);
                if (found.isPresent() && date == null) {
                    date = found.get().start();
                    dateEvidence = line.evidence();
                }
                aboveDate = true;
                continue;
            }
            if (c.length() > 40 || SENTENCE.matcher(c).find()) {
                break;
            }
            Matcher signature = SIGNATURE.matcher(s);
            if (signature.matches()) {
                if (meta.author == null) {
                    String post = signature.group("post").replaceAll("[\\s\\u3000]+", "");
                    meta.author = PersonName.of(signature.group("name"));
                    meta.authorTitle = post.equals("申请人") ? null : post;
                    meta.authorEvidence = line.evidence();
                    Matcher bodyAndPost = BODY_AND_POST.matcher(post);
                    if (meta.issuer == null && bodyAndPost.matches()) {
                        meta.issuer = bodyAndPost.group("body");
                        meta.issuerEvidence = line.evidence();
                    }
                }
                aboveDate = false;
                continue;
            }
            if (aboveDate && NAME_ONLY.matcher(s).matches() && !BODY.matcher(c).find() && meta.author == null) {
                meta.author = PersonName.of(s); // a letter signed with the bare name above its date: "卢 薪"
                meta.authorEvidence = line.evidence();
                aboveDate = false;
                continue;
            }
            aboveDate = false;
            if (BODY.matcher(c).find()) {
                // "青浦区第六届人民代表大会" / "常务委员会代表资格审查委员会": a body's name broken over two lines.
                String body = c;
                Evidence evidence = line.evidence();
                int above = previousNonBlank(lines, i - 1, from);
                if (above >= 0) {
                    String ac = clean(lines.get(above).text()).replaceAll("[\\s\\u3000]+", "");
                    if (ac.length() <= 20 && ac.endsWith("人民代表大会") && !SENTENCE.matcher(ac).find()) {
                        body = ac + c;
                        evidence = lines.get(above).evidence();
                        i = above;
                    }
                }
                if (meta.issuer == null) {
                    meta.issuer = body;
                    meta.issuerEvidence = evidence;
                }
                continue;
            }
            if (!POST_ONLY.matcher(c).matches()) {
                break;
            }
        }
        if (meta.date == null && date != null) {
            meta.date = date;
            meta.dateEvidence = dateEvidence;
        }
    }

    private static boolean closed(CharSequence subtitle, boolean dash) {
        String s = subtitle.toString();
        return dash ? (s.endsWith("上") || s.endsWith("上的讲话")) : (s.contains(")") || s.contains("）"));
    }

    private static int nextNonBlank(List<SourceLine> lines, int from, int last) {
        for (int i = from; i <= last; i++) {
            if (!lines.get(i).isBlank() && !DocumentSegmenter.isNoise(lines.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    private static int previousNonBlank(List<SourceLine> lines, int from, int first) {
        for (int i = from; i >= first; i--) {
            if (!lines.get(i).isBlank() && !DocumentSegmenter.isNoise(lines.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    private static String clean(String text) {
        return text.replace("**", "").replaceFirst("^#+\\s*", "").strip();
    }

    /** What the head and the tail found, filled as they go. */
    private static final class Meta {
        LocalDate date;
        Evidence dateEvidence;
        SessionRef session;
        boolean adopted;
        String number;
        Evidence numberEvidence;
        PersonName author;
        String authorTitle;
        Evidence authorEvidence;
        String issuer;
        Evidence issuerEvidence;
    }
}
