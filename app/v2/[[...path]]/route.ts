// Any method on /v2 or a /v2 path that no other route takes – 404 in Notify's error envelope
import { unknownPathResponse } from "@/lib/api/routing";

export { unknownPathResponse as GET, unknownPathResponse as POST, unknownPathResponse as PUT, unknownPathResponse as PATCH, unknownPathResponse as DELETE, unknownPathResponse as OPTIONS };
