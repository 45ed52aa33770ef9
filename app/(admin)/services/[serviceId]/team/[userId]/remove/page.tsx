import type { Metadata } from "next";
import { removeMemberAction } from "../../actions";
import { loadMember } from "../load-member";
import { RemoveMemberForm } from "./remove-form";

export const metadata: Metadata = { title: "Remove team member" };

export default async function Page({ params }: { params: Promise<{ serviceId: string; userId: string }> }) {
  const { serviceId, userId } = await params;
  const { member, service } = await loadMember(serviceId, userId);
  return (
    <div>
      <h1 className="margin-top-0">
        Remove {member.name} from {service.name}?
      </h1>
      <p>They will no longer be able to see or use this service. You can invite them again later.</p>
      <RemoveMemberForm action={removeMemberAction.bind(null, serviceId, userId)} cancelHref={`/services/${serviceId}/team/${userId}`} />
    </div>
  );
}
