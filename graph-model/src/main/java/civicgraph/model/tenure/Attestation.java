package civicgraph.model.tenure;

import java.time.LocalDate;

/**
 * A document showing the person in the post on a date: a byline ("——2023 年 7 月 19 日在…会议上 / …主任 凌 敏"), a
 * signature ("院长：麦珏"), a 列席 list naming the title.
 */
public record Attestation(String id, LocalDate date) {

    public Attestation {
        // Unlike an event, an attestation is nothing but a date: without one it shows nothing.
        if (id == null || date == null) {
            throw new IllegalArgumentException("an attestation needs an id and a date, got " + id + ", " + date);
        }
    }
}
