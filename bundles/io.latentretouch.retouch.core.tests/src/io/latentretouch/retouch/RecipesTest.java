package io.latentretouch.retouch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.latentretouch.diffusion.Sampler;

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
    void aGenerationSectionRoundTripsAndTheShippedRecipesHaveOne() throws Exception {
        GenerationSettings g = new GenerationSettings("sd15-brand", "{prompt}, catalogue photograph", "blurry", Sampler.DPM_PP_2M_KARRAS, 28,
                6.5, 512, 768, GenerationSettings.SeedPolicy.FIXED, 1234, "iclight-fc", 0.55);
        Recipe r = new Recipe("brand x", "", List.of(new Step.Imperfection(2)), g);
        assertEquals(r, Recipes.read(new StringReader(Recipes.write(r))));
        assertEquals("a coat, catalogue photograph", g.prompt("  a coat "));
        for (Recipe shipped : Recipes.shipped()) {
            assertTrue(shipped.generation() != null && shipped.generation().promptTemplate().contains(GenerationSettings.PROMPT), shipped.name());
        }
        String v2 = "{\"format\":\"latent-retouch-recipe\",\"version\":2,\"name\":\"x\",\"steps\":[]}";
        assertEquals(null, Recipes.read(new StringReader(v2)).generation(), "older recipes only retouch");
    }

    @Test
    void aBrokenGenerationSectionIsRefusedInASentence() {
        String head = "{\"format\":\"latent-retouch-recipe\",\"version\":3,\"name\":\"x\",\"steps\":[],\"generation\":";
        String sampler = head + "{\"sampler\":\"PLMS\",\"steps\":20,\"guidance\":7,\"size\":{\"width\":512,\"height\":512}}}";
        assertTrue(assertThrows(RecipeException.class, () -> Recipes.read(new StringReader(sampler))).getMessage()
                .contains("unknown sampler 'PLMS', expected one of [DDIM, Euler, Euler a, DPM++ 2M, DPM++ 2M Karras, LCM]"));
        String template = head + "{\"prompt\":\"a cat\",\"steps\":20,\"guidance\":7,\"size\":{\"width\":512,\"height\":512}}}";
        assertTrue(assertThrows(RecipeException.class, () -> Recipes.read(new StringReader(template))).getMessage()
                .contains("must hold {prompt}"));
        String size = head + "{\"steps\":20,\"guidance\":7,\"size\":{\"width\":9000,\"height\":512}}}";
        assertTrue(assertThrows(RecipeException.class, () -> Recipes.read(new StringReader(size))).getMessage()
                .contains("64 to 2048 pixels a side, not 9000×512"));
    }

    @Test
    void aVersionOneFabricStepActsOnTheRegionGiven() throws Exception {
        String v1 = "{\"format\":\"latent-retouch-recipe\",\"version\":1,\"name\":\"x\",\"steps\":[{\"op\":\"fabric\",\"strength\":1}]}";
        assertEquals(new Step.Fabric(1, FabricRegion.GIVEN), Recipes.read(new StringReader(v1)).steps().get(0));
    }

    @Test
    void newerVersionsUnknownStepsAndBadValuesAreRefusedInASentence() {
        String newer = "{\"format\":\"latent-retouch-recipe\",\"version\":4,\"name\":\"x\",\"steps\":[]}";
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
