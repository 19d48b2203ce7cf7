package civicgraph.seed.extract.personnel;

import civicgraph.model.Evidence;
import civicgraph.model.PersonName;
import civicgraph.model.PersonnelEventKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One personnel event read from a gazette: "任命 王勰、陈汇青 为宝山区人民政府副区长。" gives two of them.
 *
 * @param kind              what happened
 * @param person            who it happened to
 * @param post              the post as printed, whitespace removed ("宝山区人民政府副区长"); splitting it into body and
 *                          title is the post vocabulary's business, not ours
 * @param reason            why, when the statement says so (退休, 工作需要, 个人原因 …), else null
 * @param electoralDistrict "第6选区" (numeral in Arabic digits) for a by-election, else null
 * @param date              only when the statement itself states it ("2023年6月16日，第6选区补选…", a letter's date);
 *                          otherwise null: the integrator dates a fact by its enclosing document
 * @param evidence          the line where the statement starts
 * @param lastLine          the line where the statement ends: equal to {@code evidence.line()} unless the PDF
 *                          conversion broke the statement across lines
 */
public record PersonnelFact(PersonnelEventKind kind, PersonName person, String post, String reason,
        String electoralDistrict, LocalDate date, Evidence evidence, int lastLine) {

    public PersonnelFact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(evidence, "evidence");
        if (lastLine < evidence.line()) {
            lastLine = evidence.line();
        }
    }

    /** A fact whose statement stands on one line. */
    public PersonnelFact(PersonnelEventKind kind, PersonName person, String post, String reason,
            String electoralDistrict, LocalDate date, Evidence evidence) {
        this(kind, person, post, reason, electoralDistrict, date, evidence, evidence.line());
    }
}
