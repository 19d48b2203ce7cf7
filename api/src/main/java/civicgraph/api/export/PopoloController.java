package civicgraph.api.export;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /export/popolo.json}: the graph as Popolo JSON, for tools that speak the open-government standard. */
@RestController
class PopoloController {

    private final PopoloQueries popolo;

    PopoloController(PopoloQueries popolo) {
        this.popolo = popolo;
    }

    @GetMapping(path = "/export/popolo.json", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> popolo(HttpServletRequest request) {
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        return this.popolo.export(base);
    }
}
