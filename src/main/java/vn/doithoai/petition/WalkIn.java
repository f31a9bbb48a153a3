package vn.doithoai.petition;

/**
 * A question raised at the conference by someone who had not registered, as the secretary
 * writes it down: the name, optionally the area and the field, and the question.
 */
public record WalkIn(String fullName, String areaCode, String fieldCode, String question) {
}
