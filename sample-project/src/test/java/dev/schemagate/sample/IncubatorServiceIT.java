package dev.schemagate.sample;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.schemagate.core.Log;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import dev.schemagate.sample.client.ApiClient;
import dev.schemagate.sample.client.ApiException;
import dev.schemagate.sample.client.api.IdeasApi;
import dev.schemagate.sample.client.api.ProjectsApi;
import dev.schemagate.sample.client.api.ReviewsApi;
import dev.schemagate.sample.client.api.SchemaApi;
import dev.schemagate.sample.client.api.TagsApi;
import dev.schemagate.sample.client.api.UsersApi;
import dev.schemagate.sample.client.model.Idea;
import dev.schemagate.sample.client.model.IdeaStatus;
import dev.schemagate.sample.client.model.NewIdea;
import dev.schemagate.sample.client.model.NewProject;
import dev.schemagate.sample.client.model.NewReview;
import dev.schemagate.sample.client.model.NewUser;
import dev.schemagate.sample.client.model.Project;
import dev.schemagate.sample.client.model.Review;
import dev.schemagate.sample.client.model.Role;
import dev.schemagate.sample.client.model.SchemaCatalog;
import dev.schemagate.sample.client.model.SchemaDocument;
import dev.schemagate.sample.client.model.StatusChange;
import dev.schemagate.sample.client.model.TagUsage;
import dev.schemagate.sample.client.model.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The service on a throwaway PostgreSQL (migrated by its own Flyway scripts), called through the
 * client that schema:client generated from the spec in this build: every operation of
 * src/main/openapi/incubator-api.yaml. The client's mapper is made strict (unknown properties fail),
 * so a server that answers outside the spec, or a spec the server no longer follows, fails here.
 */
class IncubatorServiceIT {
    private static Database database;
    private static IncubatorService service;
    private static ApiClient client;

    @BeforeAll
    static void start() throws IOException {
        database = Databases.start(DatabaseSettings.embedded(Path.of("target/incubator-it")), Log.silent());
        service = IncubatorService.start(database.jdbcUrl(), database.user(), database.password().reveal(), 0);
        ObjectMapper strict = ApiClient.createDefaultObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        client = new ApiClient().setObjectMapper(strict);
        client.updateBaseUri(service.baseUri().toString());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyOperationWorksThroughTheGeneratedClient() throws ApiException {
        UsersApi users = new UsersApi(client);
        User ada = users.createUser(new NewUser().email("ada@incubator.example").displayName("Ada").role(Role.REVIEWER));
        User bob = users.createUser(new NewUser().email("bob@incubator.example").displayName("Bob"));
        assertThat(ada.getId()).isPositive();
        assertThat(ada.getRole()).isEqualTo(Role.REVIEWER);
        assertThat(bob.getRole()).isEqualTo(Role.MEMBER);
        assertThat(ada.getCreatedAt()).isNotNull();
        assertThat(users.getUser(ada.getId()).getEmail()).isEqualTo("ada@incubator.example");
        assertThat(users.listUsers(10)).extracting(User::getDisplayName).containsExactly("Ada", "Bob");

        ProjectsApi projects = new ProjectsApi(client);
        Project solar = projects.createProject(new NewProject().ownerId(bob.getId()).name("Solar Bike Sharing")
                .description("Stations powered by their roofs."));
        Project second = projects.createProject(new NewProject().ownerId(bob.getId()).name("solar bike sharing!"));
        assertThat(solar.getSlug()).isEqualTo("solar-bike-sharing");
        assertThat(second.getSlug()).isEqualTo("solar-bike-sharing-2");
        assertThat(second.getDescription()).isNull();
        assertThat(projects.getProject(solar.getId(), "owner").getOwner().getDisplayName()).isEqualTo("Bob");
        assertThat(projects.archiveProject(second.getId()).getArchived()).isTrue();
        assertThat(projects.listProjects(bob.getId(), null, null)).extracting(Project::getId).containsExactly(solar.getId());
        assertThat(projects.listProjects(bob.getId(), true, 50)).hasSize(2);
        assertThat(users.getUser(bob.getId()).getProjectCount()).isEqualTo(2);

        IdeasApi ideas = new IdeasApi(client);
        Idea idea = ideas.createIdea(solar.getId(), new NewIdea().authorId(bob.getId()).title("Roof panels")
                .body("A 2 kWp panel per station."));
        assertThat(idea.getStatus()).isEqualTo(IdeaStatus.DRAFT);
        assertThat(idea.getAverageRating()).isNull();
        assertThat(ideas.updateIdeaStatus(idea.getId(), new StatusChange().status(IdeaStatus.IN_REVIEW)).getStatus())
                .isEqualTo(IdeaStatus.IN_REVIEW);
        assertThat(ideas.listIdeas(solar.getId(), IdeaStatus.IN_REVIEW)).extracting(Idea::getId).containsExactly(idea.getId());
        assertThat(ideas.listIdeas(solar.getId(), IdeaStatus.ACCEPTED)).isEmpty();

        ReviewsApi reviews = new ReviewsApi(client);
        Review review = reviews.createReview(idea.getId(), new NewReview().reviewerId(ada.getId()).rating(4).comment("Promising."));
        reviews.createReview(idea.getId(), new NewReview().reviewerId(bob.getId()).rating(5));
        assertThat(review.getRating()).isEqualTo(4);
        assertThat(reviews.listReviews(idea.getId())).extracting(Review::getRating).containsExactly(4, 5);

        TagsApi tags = new TagsApi(client);
        tags.tagIdea(idea.getId(), "mobility");
        Idea tagged = tags.tagIdea(idea.getId(), "energy");
        assertThat(tagged.getTags()).containsExactlyInAnyOrder("energy", "mobility");
        assertThat(tags.listTags()).extracting(TagUsage::getName, TagUsage::getIdeaCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("energy", 1), org.assertj.core.groups.Tuple.tuple("mobility", 1));

        Idea overview = ideas.getIdea(idea.getId());
        assertThat(overview.getReviewCount()).isEqualTo(2);
        assertThat(overview.getAverageRating()).isEqualTo(4.5);
        assertThat(projects.getProject(solar.getId(), null).getIdeaCount()).isEqualTo(1);
    }

    @Test
    void theSchemaEndpointServesEveryJsonSchemaWithItsVersion() throws ApiException, IOException {
        SchemaCatalog catalog = new SchemaApi(client).getSchemas();

        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/schemas"))) {
            files = list.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
        }
        assertThat(catalog.getVersion()).isEqualTo("v1");
        assertThat(catalog.getDatabaseVersion()).isEqualTo("8");
        assertThat(catalog.getSchemas()).extracting(SchemaDocument::getName).containsExactlyElementsOf(files);
        SchemaDocument idea = catalog.getSchemas().stream().filter(d -> d.getName().equals("idea")).findFirst().orElseThrow();
        assertThat(idea.getId()).isEqualTo("https://schemas.incubator.example/v1/idea.json");
        assertThat(idea.getSchema()).containsEntry("title", "Idea");
    }

    @Test
    void errorsHaveTheUniformBody() throws IOException, ApiException {
        ApiException missing = catchThrowableOfType(ApiException.class, () -> new UsersApi(client).getUser(999_999L));
        assertThat(missing.getCode()).isEqualTo(404);
        JsonNode body = new ObjectMapper().readTree(missing.getResponseBody());
        assertThat(body.get("code").asText()).isEqualTo("not_found");
        assertThat(body.get("message").asText()).isEqualTo("No user with id 999999.");
        assertThat(body.size()).isEqualTo(2);

        new UsersApi(client).createUser(new NewUser().email("dup@incubator.example").displayName("Dup"));
        ApiException conflict = catchThrowableOfType(ApiException.class,
                () -> new UsersApi(client).createUser(new NewUser().email("dup@incubator.example").displayName("Dup")));
        assertThat(conflict.getCode()).isEqualTo(409);
        assertThat(new ObjectMapper().readTree(conflict.getResponseBody()).get("code").asText()).isEqualTo("conflict");

        ApiException invalid = catchThrowableOfType(ApiException.class,
                () -> new ReviewsApi(client).createReview(1L, new NewReview().reviewerId(1L).rating(9)));
        assertThat(invalid.getCode()).isIn(400, 404);
        assertThat(new ObjectMapper().readTree(invalid.getResponseBody()).has("code")).isTrue();
    }
}
