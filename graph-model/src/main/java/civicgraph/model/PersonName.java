package civicgraph.model;

import java.text.Normalizer;

/**
 * A person's name as the graph keys it: NFKC-normalised, with the whitespace that PDF conversion leaves inside
 * Chinese names removed ("凌 敏" is 凌敏).
 */
public record PersonName(String value) {

    public PersonName {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a person's name must not be blank");
        }
    }

    public static PersonName of(String raw) {
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return new PersonName(nfkc.replaceAll("[\\s\\u3000\\u00a0]+", ""));
    }

    @Override
    public String toString() {
        return this.value;
    }
}
