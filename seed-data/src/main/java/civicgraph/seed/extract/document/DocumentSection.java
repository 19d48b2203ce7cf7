package civicgraph.seed.extract.document;

import java.time.LocalDate;

import civicgraph.model.DocumentKind;
import civicgraph.model.Evidence;
import civicgraph.model.PersonName;
import civicgraph.seed.extract.session.SessionRef;

/**
 * One titled item of a gazette's body, from its title to the next title, with what its subtitle, byline and signature
 * say: "（2023 年 7 月 19 日青浦区第六届人民代表大会常务委员会第十三次会议通过）", "青法〔2023〕42 号",
 * "区人大常委会人事工作委员会主任 凌 敏", "院长：麦珏". Any of the metadata may be null; each comes with its evidence.
 *
 * @param title the title, markup and PDF spaces removed, lines joined
 * @param kind what the title's ending says it is
 * @param firstLine the title's first line (1-based)
 * @param lastLine the last line before the next section's title (or the file's end)
 * @param evidence the title's first line
 * @param date the document's own date: adoption, delivery, or the date under its signature
 * @param session the session it was adopted or presented at, when the text says so
 * @param adopted whether the subtitle says it was adopted (通过/批准) at a session
 * @param number the 文号 without inner spaces ("青法〔2023〕42号")
 * @param author the person of the byline or signature
 * @param authorTitle the post the byline or signature gives ("区人大常委会主任", "院长")
 * @param issuer the body that issues it, raw ("青浦区人民代表大会常务委员会")
 */
public record DocumentSection(String title, DocumentKind kind, int firstLine, int lastLine, Evidence evidence,
        LocalDate date, Evidence dateEvidence, SessionRef session, boolean adopted, String number,
        Evidence numberEvidence, PersonName author, String authorTitle, Evidence authorEvidence, String issuer,
        Evidence issuerEvidence) {

    /** The source file the section was read from. */
    public String source() {
        return this.evidence.source();
    }
}
