package uk.nhs.cohortcoach.hubservice.resource;

import com.mongodb.client.gridfs.model.GridFSFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Service;

/** Attachments' bytes in MongoDB GridFS ({@code fs.files}, {@code fs.chunks}), each file found by its id only. */
@Service
class AttachmentStore {

    private final GridFsTemplate gridFs;

    AttachmentStore(GridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    /** Stores the file, noting which resource it belongs to; answers its id. */
    String store(InputStream content, String fileName, String resourceId) {
        return gridFs.store(content, fileName, "application/pdf", new Document("resourceId", resourceId)).toHexString();
    }

    Optional<InputStream> open(String id) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        GridFSFile file = gridFs.findOne(byId(id));
        if (file == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(gridFs.getResource(file).getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String id) {
        if (ObjectId.isValid(id)) {
            gridFs.delete(byId(id));
        }
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(new ObjectId(id)));
    }
}
