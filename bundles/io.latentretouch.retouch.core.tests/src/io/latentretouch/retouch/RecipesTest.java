package io.latentretouch.retouch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecipesTest {

    @Test
    void twoRecipesShip() {
        List<Recipe> shipped = Recipes.shipped();
        assertEquals(List.of("e-commerce clean", "editorial natural"), shipped.stream().map(Recipe::name).toList());
        assertEquals(new Step.Fabric(1.0), shipped.get(0).steps().get(1));
    }

    @Test
    void aRecipeRoundTripsThroughItsFile() throws Exception {
        Recipe r = new Recipe("brand x", "house look", List.of(new Step.Imperfection(2.25), new Step.Fabric(-0.3, FabricRegion.WHOLE_IMAGE),
                new Step.Lighting(0.1, 0.4, 200)));
        assertEquals(r, Recipes.read(new StringReader(Recipes.write(r))));
        assertEquals("brand-x", r.slug());
    }

    @Test
    void aVersionOneFabricStepActsOnTheRegionGiven() throws Exception {
        String v1 = "{\"format\":\"latent-retouch-recipe\",\"version\":1,\"name\":\"x\",\"steps\":[{\"op\":\"fabric\",\"strength\":1}]}";
        assertEquals(new Step.Fabric(1, FabricRegion.GIVEN), Recipes.read(new StringReader(v1)).steps().get(0));
    }

    @Test
    void newerVersionsUnknownStepsAndBadValuesAreRefusedInASentence() {
        String newer = "{\"format\":\"latent-retouch-recipe\",\"version\":3,\"name\":\"x\",\"steps\":[]}";
        assertTrue(assertThrows(RecipeException.class, () -> Recipes.read(new StringReader(newer))).getMessage().contains("newer"));
        String unknown = "{\"format\":\"latent-retouch-recipe\",\"version\":1,\"name\":\"x\",\"steps\":[{\"op\":\"liquify\"}]}";
        assertTrue(assertThrows(RecipeException.class, () -> Recipes.read(new StringReader(unknown))).getMessage()
                .contains("unknown step 'liquify', expected one of [imperfection, fabric, lighting]"));
        String outOfRange = "{\"format\":\"latent-retouch-recipe\",\"version\":1,\"name\":\"x\",\"steps\":[{\"op\":\"imperfection\",\"level\":7}]}";
        assertTrue(assertThrows(RecipeException.class, () -> Recipes.read(new StringReader(outOfRange))).getMessage().contains("from 1 to 5"));
        String region = "{\"format\":\"latent-retouch-recipe\",\"version\":2,\"name\":\"x\",\"steps\":[{\"op\":\"fabric\",\"strength\":1,\"region\":\"sky\"}]}";
        assertTrue(assertThrows(RecipeException.class, () -> Recipes.read(new StringReader(region))).getMessage()
                .contains("expected one of given, whole-image, garments"));
        assertTrue(assertThrows(RecipeException.class, () -> Recipes.named("nope")).getMessage().contains("e-commerce clean"));
    }
}
