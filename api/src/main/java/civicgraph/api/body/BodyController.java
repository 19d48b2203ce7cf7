package civicgraph.api.body;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import civicgraph.api.graphql.Connection;
import civicgraph.api.graphql.Page;
import civicgraph.api.node.NodeLookup;
import civicgraph.model.Label;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code body}, {@code bodies}, and the fields of Body and Post that need no date. */
@Controller
class BodyController {

    private final BodyQueries bodies;

    private final civicgraph.api.district.DistrictQueries districts;

    BodyController(BodyQueries bodies, civicgraph.api.district.DistrictQueries districts) {
        this.bodies = bodies;
        this.districts = districts;
    }

    @BatchMapping(typeName = "Body")
    Map<Body, civicgraph.api.district.District> district(List<Body> list) {
        return byKey(list, Body::districtId, this.districts::byIds);
    }

    @QueryMapping
    Body body(@Argument String id) {
        return this.bodies.bodies(List.of(id)).get(id);
    }

    @QueryMapping
    Connection<Body> bodies(@Argument String kind, @Argument String district, @Argument String name,
            @Argument Integer first, @Argument String after) {
        Page page = Page.of(first, after);
        return Connection.of(page, this.bodies.page(kind, district, name, page.skip(), page.limit()), this.bodies.count(kind, district, name));
    }

    @BatchMapping(typeName = "Body")
    Map<Body, Body> parent(List<Body> children) {
        return byKey(children, Body::parentId, this.bodies::bodies);
    }

    @BatchMapping(typeName = "Body")
    Map<Body, List<Body>> children(List<Body> parents) {
        Map<String, List<Body>> byId = this.bodies.childrenOf(parents.stream().map(Body::id).toList());
        Map<Body, List<Body>> answer = new LinkedHashMap<>();
        parents.forEach((b) -> answer.put(b, byId.getOrDefault(b.id(), List.of())));
        return answer;
    }

    @BatchMapping(typeName = "Body")
    Map<Body, List<Post>> posts(List<Body> owners) {
        Map<String, List<Post>> byId = this.bodies.postsOf(owners.stream().map(Body::id).toList());
        Map<Body, List<Post>> answer = new LinkedHashMap<>();
        owners.forEach((b) -> answer.put(b, byId.getOrDefault(b.id(), List.of())));
        return answer;
    }

    @BatchMapping(typeName = "Post", field = "body")
    Map<Post, Body> bodyOfPost(List<Post> posts) {
        return byKey(posts, Post::bodyId, this.bodies::bodies);
    }

    /** Resolves a to-one reference for many parents with one lookup of the distinct referenced ids. */
    static <P, T> Map<P, T> byKey(List<P> parents, Function<P, String> reference,
            Function<Collection<String>, Map<String, T>> lookup) {
        Map<String, T> found = lookup.apply(parents.stream().map(reference).filter(java.util.Objects::nonNull)
            .distinct().toList());
        Map<P, T> answer = new LinkedHashMap<>();
        parents.forEach((p) -> {
            String ref = reference.apply(p);
            if (ref != null && found.get(ref) != null) {
                answer.put(p, found.get(ref));
            }
        });
        return answer;
    }

    @org.springframework.stereotype.Component
    static class BodyNodes implements NodeLookup {

        private final BodyQueries bodies;

        BodyNodes(BodyQueries bodies) {
            this.bodies = bodies;
        }

        @Override
        public Label label() {
            return Label.Body;
        }

        @Override
        public Map<String, Object> byIds(Collection<String> ids) {
            return Map.copyOf(this.bodies.bodies(ids));
        }
    }

    @org.springframework.stereotype.Component
    static class PostNodes implements NodeLookup {

        private final BodyQueries bodies;

        PostNodes(BodyQueries bodies) {
            this.bodies = bodies;
        }

        @Override
        public Label label() {
            return Label.Post;
        }

        @Override
        public Map<String, Object> byIds(Collection<String> ids) {
            return Map.copyOf(this.bodies.posts(ids));
        }
    }
}
